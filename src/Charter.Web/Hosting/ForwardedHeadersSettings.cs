using System.Net;

namespace Charter.Web.Hosting;

/// <summary>
/// <c>Charter:ForwardedHeaders</c>: the reverse proxies (usually one, terminating TLS) whose
/// <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c> the app believes. Empty (the default) means
/// none: the headers are ignored, since anyone could send them.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "Charter:ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>127.0.0.1</c> or <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <exception cref="InvalidOperationException">An entry is not an address or a network; the start stops and says which.</exception>
    public IReadOnlyList<IPAddress> ParseProxies() =>
        [.. KnownProxies.Select(p => IPAddress.TryParse(p.Trim(), out var address)
            ? address
            : throw new InvalidOperationException($"{SectionName}:KnownProxies: '{p}' is not an IP address."))];

    /// <inheritdoc cref="ParseProxies"/>
    public IReadOnlyList<IPNetwork> ParseNetworks() =>
        [.. KnownNetworks.Select(n => IPNetwork.TryParse(n.Trim(), out var network)
            ? network
            : throw new InvalidOperationException($"{SectionName}:KnownNetworks: '{n}' is not a network such as 10.0.0.0/24."))];
}
