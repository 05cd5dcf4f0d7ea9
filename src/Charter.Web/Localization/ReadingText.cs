namespace Charter.Web.Localization;

/// <summary>
/// Marker for the UI strings of reading the charter: contents, clauses, permalinks, language links and fallback notes
/// (Resources/ReadingText*.resx), used as <c>IStringLocalizer&lt;ReadingText&gt;</c>.
/// </summary>
public sealed class ReadingText;
