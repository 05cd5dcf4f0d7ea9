namespace Charter.Web.Localization;

/// <summary>
/// Marker for the UI strings of the site frame: header, language switcher, footer and page metadata
/// (Resources/LayoutText*.resx), used as <c>IStringLocalizer&lt;LayoutText&gt;</c>.
/// </summary>
public sealed class LayoutText;
