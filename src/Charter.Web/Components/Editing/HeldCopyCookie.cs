namespace Charter.Web.Components.Editing;

/// <summary>
/// The cookie the browser sets once IndexedDB holds its copy of a charter (src/Charter.Client,
/// heldCopy.js). With it, the edit page leaves the charter's state out of the page: the browser
/// builds its editors from its copy and the join brings what changed since. The cookie is only a
/// hint about the browser's cache and grants nothing: a browser that claims a copy it lacks gets
/// the whole state over the hub instead, and drops the cookie.
/// </summary>
public static class HeldCopyCookie
{
    public static string NameFor(string charter) => $"charter-held-{Uri.EscapeDataString(charter)}";

    public static bool IsPresent(HttpContext? context, string charter) =>
        context?.Request.Cookies[NameFor(charter)] == "1";
}
