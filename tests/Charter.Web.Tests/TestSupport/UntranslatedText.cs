using System.Text.RegularExpressions;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// Finds English from our own resources in text rendered for another language: the literal parts of
/// every English resource value (the words around its {0} placeholders), except the values that the
/// allowlist says are the same in that language.
/// </summary>
internal static partial class UntranslatedText
{
    /// <summary>Literal parts shorter than this ("(", " and ") would match by accident.</summary>
    private const int MinimumLength = 4;

    public static IReadOnlyList<string> FindIn(string rendered, string language)
    {
        var found = new List<string>();
        foreach (var area in ResourceFiles.Areas())
        {
            foreach (var (key, english) in ResourceFiles.English(area))
            {
                if (SameTextAllowlist.Allows(area, key, language))
                {
                    continue;
                }

                found.AddRange(Placeholder().Split(english)
                    .Select(part => part.Trim())
                    .Where(part => part.Length >= MinimumLength && ContainsAsWords(rendered, part))
                    .Select(part => $"{area}/{key}: \"{part}\""));
            }
        }

        return found;
    }

    /// <summary>
    /// Whole words only: the English "Part" inside the Spanish "Parte" or the French "Partie" is a
    /// different word, not English left over.
    /// </summary>
    private static bool ContainsAsWords(string rendered, string part) =>
        Regex.IsMatch(rendered, $@"(?<!\w){Regex.Escape(part)}(?!\w)");

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
