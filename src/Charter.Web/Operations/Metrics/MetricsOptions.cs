namespace Charter.Web.Operations.Metrics;

/// <summary>
/// The Prometheus endpoint at <see cref="Path"/> (<c>Charter:Metrics</c>). Off by default; when on,
/// it answers requests from this machine (a Prometheus on the same host, or an SSH tunnel) and,
/// if <see cref="Token"/> is set, requests carrying <c>Authorization: Bearer &lt;token&gt;</c>.
/// Anyone else gets 404, as if it did not exist.
/// </summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Charter:Metrics";

    public const string Path = "/metrics";

    public bool Enabled { get; set; }

    /// <summary>A shared secret that lets a remote scraper in; unset, only loopback may scrape.</summary>
    public string? Token { get; set; }
}
