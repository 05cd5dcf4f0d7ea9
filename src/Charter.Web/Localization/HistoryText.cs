namespace Charter.Web.Localization;

/// <summary>
/// Marker for the history pages' UI strings: <c>IStringLocalizer&lt;HistoryText&gt;</c> reads
/// <c>Resources/HistoryText.resx</c> and its Spanish, Portuguese and French siblings.
/// </summary>
public sealed class HistoryText;
