namespace Charter.Web;

/// <summary>
/// Marker type for the accounts pages' strings (Resources/AccountsText*.resx). It sits in the
/// root namespace so that, with resources under <c>Resources/</c>, the localizer's resource
/// name is <c>Charter.Web.Resources.AccountsText</c>, exactly the name the build gives the resx.
/// </summary>
public sealed class AccountsText;
