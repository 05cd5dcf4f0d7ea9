namespace Charter.Web.HubSecurity;

/// <summary>Settings under <c>Charter</c>: which web origins may open the hub.</summary>
public sealed class HubOriginOptions
{
    public const string SectionName = "Charter";

    /// <summary>
    /// Origins such as <c>https://charter.example.org</c>. Empty (the default) means only the
    /// app's own origin: the scheme and host the request came to.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];
}
