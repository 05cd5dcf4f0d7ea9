namespace Charter.Web.Localization;

/// <summary>
/// Marker for the UI strings of the side-by-side translation editor
/// (Resources/TranslatingText*.resx), used as <c>IStringLocalizer&lt;TranslatingText&gt;</c>.
/// </summary>
public sealed class TranslatingText;
