namespace Charter.Web.Localization;

/// <summary>
/// Marker for the versions pages' UI strings: <c>IStringLocalizer&lt;VersionsText&gt;</c> reads
/// <c>Resources/VersionsText.resx</c> and its Spanish, Portuguese and French siblings.
/// </summary>
public sealed class VersionsText;
