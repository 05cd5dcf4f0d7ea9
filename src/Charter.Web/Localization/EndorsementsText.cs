namespace Charter.Web.Localization;

/// <summary>
/// Marker for the endorsement strings (the version page's endorsements, public signing, its
/// mail): <c>IStringLocalizer&lt;EndorsementsText&gt;</c> reads <c>Resources/EndorsementsText.resx</c>
/// and its Spanish, Portuguese and French siblings.
/// </summary>
public sealed class EndorsementsText;
