using Microsoft.Playwright;

namespace Charter.E2E.Accessibility;

/// <summary>
/// Every kind of page, with real content on it, checked by axe against WCAG 2.1 AA in the light
/// and the dark colour scheme, as the person who would see it: a steward, a member or a visitor.
/// </summary>
[Collection(SeededCharterCollection.Name)]
public sealed class AccessibilityTests(SeededCharter seeded)
{
    private enum Who { Visitor, Member, Steward }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task EveryPage_InEachColourScheme_HasNoWcagViolations(string scheme)
    {
        var colourScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        var failures = new List<string>();
        foreach (var (who, path) in Tour())
        {
            var page = await seeded.NewPageAsync(who switch
            {
                Who.Steward => seeded.Steward,
                Who.Member => seeded.Member,
                _ => null,
            }, colourScheme);
            var response = await page.GotoAsync(path);
            Assert.True(response is not null && (response.Ok || path == "not-found"), $"{path} answered {response?.Status} to the {who}.");
            if (await page.Locator("[data-charter-editor]").CountAsync() > 0)
            {
                await Assertions.Expect(page.Locator("[data-charter-editor]")).ToHaveAttributeAsync("data-loaded", "true");
            }

            failures.AddRange((await Axe.ViolationsAsync(page)).Select(violation => $"{path} ({who}): {violation}"));
            await page.Context.CloseAsync();
        }

        Assert.True(failures.Count == 0, $"{failures.Count} WCAG violations in the {scheme} scheme:\n{string.Join("\n", failures)}");
    }

    private IEnumerable<(Who Who, string Path)> Tour()
    {
        const string clauses = "charters/bill-of-rights/clauses/";
        yield return (Who.Visitor, "account/login");
        yield return (Who.Visitor, seeded.JoinPath.TrimStart('/'));
        yield return (Who.Visitor, seeded.SetupPath.TrimStart('/'));
        yield return (Who.Visitor, "account/reset");
        yield return (Who.Visitor, "not-found");
        yield return (Who.Visitor, "v/2");
        yield return (Who.Steward, "");
        yield return (Who.Steward, "?lang=es");
        yield return (Who.Steward, "edit");
        yield return (Who.Steward, clauses + SeededCharter.AmendedClause);
        yield return (Who.Steward, clauses + SeededCharter.AmendedClause + "?diff=side");
        yield return (Who.Steward, clauses + SeededCharter.EditedClause);
        yield return (Who.Member, clauses + SeededCharter.AmendedClause);
        yield return (Who.Steward, clauses + SeededCharter.EditedClause + "/history");
        yield return (Who.Steward, "charters/bill-of-rights/history");
        yield return (Who.Steward, seeded.HistoryStatePath);
        yield return (Who.Steward, "versions");
        yield return (Who.Steward, "v/1");
        yield return (Who.Steward, "compare/1...2");
        yield return (Who.Steward, "compare/1...2?view=side");
        yield return (Who.Steward, "compare/live");
        yield return (Who.Steward, "verify");
        yield return (Who.Member, "agenda");
        yield return (Who.Member, "notifications");
        yield return (Who.Steward, "people");
        yield return (Who.Steward, "audit");
        yield return (Who.Steward, "account/profile");
        yield return (Who.Member, "translate/es");
    }
}
