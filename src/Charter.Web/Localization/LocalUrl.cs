namespace Charter.Web.Localization;

/// <summary>
/// Decides whether a return URL stays on this site, so the language switch cannot be used to
/// bounce people to another host (an open redirect).
/// </summary>
public static class LocalUrl
{
    /// <summary>
    /// True for an absolute path on this site (<c>/</c>, <c>/x?y#z</c>); false for anything a browser
    /// could read as another host: <c>//host</c>, <c>/\host</c>, schemes, or control characters.
    /// </summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }

        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return false;
        }

        return !url.Any(char.IsControl);
    }
}
