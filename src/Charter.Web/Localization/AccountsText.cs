namespace Charter.Web.Localization;

/// <summary>
/// Marker for the accounts pages' strings: <c>IStringLocalizer&lt;AccountsText&gt;</c> reads
/// <c>Resources/AccountsText.resx</c> and its Spanish, Portuguese and French siblings.
/// </summary>
public sealed class AccountsText;
