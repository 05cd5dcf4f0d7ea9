using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Charter.E2E.Accessibility;

/// <summary>
/// axe-core (from npm, pinned in <c>tests/Charter.E2E/axe/package-lock.json</c>) run in a page
/// against WCAG 2.0 A and AA and WCAG 2.1 AA. It is evaluated through the browser's debugging
/// protocol, which the page's content security policy does not govern, so the page under test is
/// served exactly as it is to people.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(
        Path.Combine(RepositoryRoot.Path, "tests", "Charter.E2E", "axe", "node_modules", "axe-core", "axe.min.js")));

    private const string Run =
        """
        async () => {
          const results = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] } });
          return results.violations.map(v => ({
            id: v.id,
            help: v.help,
            nodes: v.nodes.map(n => ({ target: n.target.join(" "), summary: n.failureSummary ?? "" })),
          }));
        }
        """;

    /// <summary>Every violation on the page as it is now, one line per element.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        var violations = await page.EvaluateAsync<JsonElement>(Run);
        var lines = new List<string>();
        foreach (var violation in violations.EnumerateArray())
        {
            foreach (var node in violation.GetProperty("nodes").EnumerateArray())
            {
                var line = new StringBuilder()
                    .Append(violation.GetProperty("id").GetString()).Append(" (").Append(violation.GetProperty("help").GetString()).Append(")")
                    .Append(" at ").Append(node.GetProperty("target").GetString())
                    .Append(": ").Append(node.GetProperty("summary").GetString()?.ReplaceLineEndings(" "));
                lines.Add(line.ToString());
            }
        }

        return lines;
    }
}
