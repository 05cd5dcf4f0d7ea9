namespace Charter.Web.Components.Account;

/// <summary>Only paths on this site are followed after sign-in, so a link cannot send people elsewhere.</summary>
public static class LocalReturnUrl
{
    public static string Or(string? returnUrl, string fallback) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : fallback;
}
