using System.Xml.Linq;
using Charter.Web.Hosting;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// The resx files in src/Charter.Web/Resources, read from the source tree and grouped by UI area,
/// so a new area is checked as soon as its files exist.
/// </summary>
internal static class ResourceFiles
{
    public static readonly string[] Translations = ["es", "pt", "fr"];

    public static string Folder => CharterPaths.Locate().Resolve(Path.Combine("src", "Charter.Web", "Resources"));

    /// <summary>Area names: every <c>X.resx</c> without a language suffix.</summary>
    public static IReadOnlyList<string> Areas() =>
        Directory.EnumerateFiles(Folder, "*.resx")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.Contains('.'))
            .Select(name => name!)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Key → text of an area in a language (null for the English original); null if the file is missing.</summary>
    public static IReadOnlyDictionary<string, string>? Read(string area, string? language)
    {
        var path = Path.Combine(Folder, language is null ? $"{area}.resx" : $"{area}.{language}.resx");
        if (!File.Exists(path))
        {
            return null;
        }

        return XDocument.Load(path).Root!
            .Elements("data")
            .ToDictionary(
                d => (string)d.Attribute("name")!,
                d => (string?)d.Element("value") ?? "",
                StringComparer.Ordinal);
    }

    public static IReadOnlyDictionary<string, string> English(string area) =>
        Read(area, null) ?? throw new FileNotFoundException($"{area}.resx is missing from {Folder}.");
}
