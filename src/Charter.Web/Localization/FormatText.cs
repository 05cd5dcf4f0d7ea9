namespace Charter.Web.Localization;

/// <summary>
/// Marker for the UI strings of culture-aware formatting that needs words, such as countdowns
/// (Resources/FormatText*.resx), used as <c>IStringLocalizer&lt;FormatText&gt;</c>.
/// </summary>
public sealed class FormatText;
