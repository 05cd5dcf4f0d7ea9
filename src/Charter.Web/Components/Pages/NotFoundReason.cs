namespace Charter.Web.Components.Pages;

/// <summary>
/// Why a page answered 404, kept on the request so the not-found page (rendered by the router in
/// the same request after <c>NavigationManager.NotFound()</c>) can say it. Already localized.
/// </summary>
public static class NotFoundReason
{
    private static readonly object Key = new();

    public static void Set(HttpContext? context, string reason)
    {
        if (context is not null)
        {
            context.Items[Key] = reason;
        }
    }

    public static string? Get(HttpContext? context) => context?.Items[Key] as string;
}
