namespace Charter.Domain.Drafts;

/// <summary>
/// Loads every draft in a folder: <c>&lt;name&gt;.md</c> sources and their
/// <c>&lt;name&gt;.&lt;lang&gt;.md</c> translations (see <see cref="DraftFileName"/>). A
/// <c>README.md</c> is documentation and skipped; any other <c>.md</c> file with an unexpected
/// name is an error rather than silently ignored, so a misnamed draft cannot go missing.
/// </summary>
public static class DraftFolder
{
    private const string ReadmeFileName = "README.md";

    /// <summary>Loads and cross-checks the drafts, ordered by name.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="DraftFormatException">
    /// A file does not follow the drafts format, is misnamed, is a translation without a source,
    /// declares a language other than its suffix, or holds an id its source lacks (or places a
    /// clause under a different part than the source does).
    /// </exception>
    public static IReadOnlyList<DraftSet> Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"the drafts folder '{directory}' does not exist");
        }

        var sources = new SortedDictionary<string, ParsedDraft>(StringComparer.Ordinal);
        var translations = new List<(DraftFileName Name, string FileName, ParsedDraft Parsed)>();
        foreach (var path in Directory.EnumerateFiles(directory, "*" + DraftFileName.Extension).Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            if (string.Equals(fileName, ReadmeFileName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = DraftFileName.TryParse(fileName)
                ?? throw new DraftFormatException(fileName, 1, "the file name is neither '<name>.md' nor '<name>.<language>.md' (lowercase letters, digits and hyphens)");
            var parsed = DraftParser.Parse(File.ReadAllText(path), fileName);
            if (name.Language is null)
            {
                sources.Add(name.Name, parsed);
            }
            else
            {
                translations.Add((name, fileName, parsed));
            }
        }

        var translationsByName = sources.Keys.ToDictionary(
            name => name, _ => new SortedDictionary<string, CharterDraft>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (name, fileName, parsed) in translations)
        {
            if (!sources.TryGetValue(name.Name, out var source))
            {
                throw new DraftFormatException(fileName, 1, $"a translation without a source: '{name.Name}{DraftFileName.Extension}' does not exist");
            }

            TranslationCheck.Verify(source, parsed, name.Language!, fileName);
            translationsByName[name.Name].Add(name.Language!, parsed.Draft);
        }

        return [.. sources.Select(s => new DraftSet(s.Key, s.Value.Draft, translationsByName[s.Key]))];
    }
}
