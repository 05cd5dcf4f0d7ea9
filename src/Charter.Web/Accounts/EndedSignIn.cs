namespace Charter.Web.Accounts;

/// <summary>
/// Marks a request whose sign-in cookie was refused because its person no longer has standing
/// (deactivated, or the cookie is from before a password reset). The request then runs as a
/// visitor's, but it is not a visitor's: a Blazor circuit it tries to resume was started by the
/// person, and must not carry on as if nothing happened (see <c>HubConnectionTracker</c>).
/// </summary>
public static class EndedSignIn
{
    private static readonly object Key = new();

    public static void Mark(HttpContext context) => context.Items[Key] = true;

    public static bool IsMarked(HttpContext? context) => context?.Items.ContainsKey(Key) == true;
}
