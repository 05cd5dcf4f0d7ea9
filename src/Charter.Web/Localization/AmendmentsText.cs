namespace Charter.Web.Localization;

/// <summary>
/// Marker for the clause page's amendment, ballot and notification strings:
/// <c>IStringLocalizer&lt;AmendmentsText&gt;</c> reads <c>Resources/AmendmentsText.resx</c> and its
/// Spanish, Portuguese and French siblings.
/// </summary>
public sealed class AmendmentsText;
