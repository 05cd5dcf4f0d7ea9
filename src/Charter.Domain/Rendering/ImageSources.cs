using System.Collections.Frozen;

namespace Charter.Domain.Rendering;

/// <summary>
/// Where Markdown images may load from: this charter's own host (relative URLs, or absolute ones
/// naming <see cref="OwnHost"/>) and the hosts a site chose to trust. An image from anywhere else
/// would tell a stranger who read the page and when (a tracking pixel), so it is shown as a link
/// instead (<see cref="UnsafeLinks"/>). Hosts are compared without case, with or without a port.
/// </summary>
public sealed class ImageSources
{
    /// <summary>Relative URLs only: what renders when nothing says which host the page is on.</summary>
    public static ImageSources OwnHostOnly { get; } = new(null, []);

    private readonly FrozenSet<string> _hosts;

    public ImageSources(string? ownHost, IEnumerable<string> allowedHosts)
    {
        OwnHost = ownHost;
        _hosts = allowedHosts.Append(ownHost).OfType<string>().Where(h => h.Length > 0).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The host (and port, if not the default) the page is served from, e.g. <c>charter.example.org</c>.</summary>
    public string? OwnHost { get; }

    /// <summary>True if an image at <paramref name="url"/> (already allowed by <see cref="UrlPolicy"/>) may load.</summary>
    public bool Allows(string? url)
    {
        if (!UrlPolicy.IsAllowed(url))
        {
            return false;
        }

        var cleaned = UrlPolicy.RemoveIgnoredCharacters(url!).Replace('\\', '/');
        if (cleaned.StartsWith("//", StringComparison.Ordinal))
        {
            // Network-path ("//host/x.png", and "/\host" which browsers read the same way).
            return HostAllowed("https:" + cleaned);
        }

        return UrlPolicy.IsRelative(cleaned) || HostAllowed(cleaned);
    }

    private bool HostAllowed(string absolute) =>
        Uri.TryCreate(absolute, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && (_hosts.Contains(uri.Host) || _hosts.Contains(uri.Authority));
}
