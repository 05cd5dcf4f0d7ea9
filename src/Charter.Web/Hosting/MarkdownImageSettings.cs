using System.Globalization;
using Charter.Domain.Rendering;

namespace Charter.Web.Hosting;

/// <summary>
/// <c>Charter:Markdown:ImageHosts</c>: hosts (such as <c>images.example.org</c>, optionally with a
/// port) that Markdown images may load from besides the charter's own host. Everything else is shown
/// as a link (<see cref="ImageSources"/>), and the page's Content-Security-Policy allows the same list.
/// </summary>
public sealed class MarkdownImageSettings
{
    public const string SectionName = "Charter:Markdown";

    public List<string> ImageHosts { get; set; } = [];

    /// <summary>The image sources for a page served from <paramref name="ownHost"/>.</summary>
    public ImageSources For(string? ownHost) => new(ownHost, ImageHosts);

    /// <summary>
    /// A host name or IPv4 address, with an optional port: nothing else, as each entry also goes
    /// into the Content-Security-Policy header.
    /// </summary>
    public static bool IsHost(string entry)
    {
        var parts = entry.Split(':');
        return parts.Length is 1 or 2
            && Uri.CheckHostName(parts[0]) is UriHostNameType.Dns or UriHostNameType.IPv4
            && (parts.Length == 1 || ushort.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _));
    }
}
