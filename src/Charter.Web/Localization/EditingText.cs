namespace Charter.Web.Localization;

/// <summary>
/// Marker for the edit page's UI strings: <c>IStringLocalizer&lt;EditingText&gt;</c> reads
/// <c>Resources/EditingText.resx</c> and its Spanish, Portuguese and French siblings.
/// </summary>
public sealed class EditingText;
