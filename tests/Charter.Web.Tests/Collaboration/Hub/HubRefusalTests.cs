using System.Text.RegularExpressions;
using Charter.Testing;
using Charter.Web.Collaboration.Hub;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Collaboration.Hub;

/// <summary>
/// The refusal codes are a contract between the hub and the browser: each one the hub can send has
/// a reason to show in every language, and the browser knows exactly the codes the hub sends
/// (a code it does not know would be shown as the server's English text).
/// </summary>
public sealed partial class HubRefusalTests
{
    [Fact]
    public void Codes_EachHasALocalizedReasonForTheNotSavedBadge()
    {
        var english = ResourceFiles.English("EditingText");

        var missing = HubRefusal.Codes.Where(code => !english.ContainsKey($"Edit.Refused.{code}")).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Codes_AreExactlyTheOnesTheBrowserRecognises()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Charter.Client", "src", "refusal.js"));
        var knownCodes = KnownCodesBlock().Match(script);
        Assert.True(knownCodes.Success, "refusal.js has no KNOWN_CODES set.");

        var browserCodes = QuotedWord().Matches(knownCodes.Groups[1].Value).Select(m => m.Groups[1].Value).Order();

        Assert.Equal(HubRefusal.Codes.Order(), browserCodes);
    }

    [Fact]
    public void Because_PutsTheCodeFirstInBrackets()
    {
        var refusal = HubRefusal.Because(HubRefusal.TooFast, "Slow down.");

        Assert.Equal("[too-fast] Slow down.", refusal.Message);
    }

    [GeneratedRegex(@"const KNOWN_CODES = new Set\(\[([^\]]*)\]\)")]
    private static partial Regex KnownCodesBlock();

    [GeneratedRegex("\"([a-z-]+)\"")]
    private static partial Regex QuotedWord();
}
