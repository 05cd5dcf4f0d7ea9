using System.Text.Json;

namespace Charter.Web.Hosting;

/// <summary>
/// The hashed names of the built scripts and style sheets. The browser build
/// (<c>src/Charter.Client/build.mjs</c>) writes each file under a name that carries a hash of its
/// content and lists them in <c>wwwroot/dist/assets.json</c>; pages ask here for the name to link,
/// so a changed file has a new address and every browser may keep the old one for a year.
/// A path the list does not know (a style sheet added since the last build) is linked as it is.
/// </summary>
public sealed class HashedAssets
{
    /// <summary>Where the list lives, relative to the web root.</summary>
    public const string ManifestPath = "dist/assets.json";

    private readonly IReadOnlyDictionary<string, string> _files;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _preload;

    public HashedAssets(IReadOnlyDictionary<string, string> files, IReadOnlyDictionary<string, IReadOnlyList<string>> preload)
    {
        _files = files;
        _preload = preload;
    }

    /// <summary>The address to link for <paramref name="path"/>, e.g. <c>css/charter.css</c>.</summary>
    public string Url(string path) => _files.TryGetValue(path, out var hashed) ? hashed : path;

    /// <summary>
    /// The chunks a page that starts the named session (<c>editor</c>, <c>translator</c>) loads
    /// first, to be preloaded with the page; none when the list does not name the session.
    /// </summary>
    public IReadOnlyList<string> Preload(string session) => _preload.TryGetValue(session, out var chunks) ? chunks : [];

    /// <summary>Reads the list the browser build wrote into <paramref name="webRoot"/>; none when it is missing.</summary>
    public static HashedAssets Load(string webRoot)
    {
        var path = Path.Combine(webRoot, ManifestPath);
        if (!File.Exists(path))
        {
            return new HashedAssets(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyList<string>>());
        }

        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), JsonSerializerOptions.Web)
            ?? throw new InvalidDataException($"'{path}' is empty; rebuild Charter.Web.");
        return new HashedAssets(
            manifest.Files ?? new Dictionary<string, string>(),
            (manifest.Preload ?? []).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value));
    }

    private sealed record Manifest(Dictionary<string, string>? Files, Dictionary<string, string[]>? Preload);
}
