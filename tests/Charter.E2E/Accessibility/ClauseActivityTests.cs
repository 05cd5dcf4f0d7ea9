using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Charter.E2E.Accessibility;

/// <summary>
/// Beside each clause, on the read view and the edit page, what is open on it and whether the
/// reader has voted, linking to the clause's page: the seeded charter has an amendment under
/// ballot on one clause and a ballot on another, in which only the steward has voted.
/// </summary>
[Collection(SeededCharterCollection.Name)]
public sealed class ClauseActivityTests(SeededCharter seeded)
{
    private const string ClausesPath = "charters/bill-of-rights/clauses/";

    [Fact]
    public async Task ReadView_Steward_SeesOpenAmendmentsAndBallotsAndWhereTheyHaveVoted()
    {
        var page = await seeded.NewPageAsync(seeded.Steward, ColorScheme.Light);
        await page.GotoAsync("");

        var amended = page.Locator($"article#{SeededCharter.AmendedClause} a.clause-governance");
        await Assertions.Expect(amended).ToHaveTextAsync(new Regex(@"^Amendments and votes on article \d+ \(open amendments: 1 · open ballots: 1 · awaiting your vote: 1\)$"));
        await Assertions.Expect(amended).ToHaveAttributeAsync("href", ClausesPath + SeededCharter.AmendedClause);
        await Assertions.Expect(page.Locator($"article#{SeededCharter.EditedClause} a.clause-governance"))
            .ToHaveTextAsync(new Regex(@"^Amendments and votes on article \d+ \(open ballots: 1 · you have voted\)$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EditPage_Member_SeesBothBallotsWaitingForTheirVote()
    {
        var page = await seeded.NewPageAsync(seeded.Member, ColorScheme.Light);
        await page.GotoAsync("edit");
        await Assertions.Expect(page.Locator("[data-charter-editor]")).ToHaveAttributeAsync("data-loaded", "true");

        var amended = page.Locator($"article#{SeededCharter.AmendedClause} a.clause-governance");
        await Assertions.Expect(amended.Locator(".clause-activity")).ToHaveTextAsync("(open amendments: 1 · open ballots: 1 · awaiting your vote: 1)");
        await Assertions.Expect(amended).ToHaveAttributeAsync("data-awaiting-vote", "1");
        // Each clause's controls name their article: no two "Add a clause here" are the same.
        await Assertions.Expect(amended).ToHaveAccessibleNameAsync(new Regex(@"^Amendments and votes on article \d+ \(open amendments: 1"));
        var addNames = await page.Locator("article.edit-clause button.add-clause").EvaluateAllAsync<string[]>("buttons => buttons.map(b => b.textContent)");
        Assert.Equal(addNames.Length, addNames.Distinct().Count());
        Assert.Contains("Add a clause here (after article 2)", addNames);
        await Assertions.Expect(page.Locator($"article#{SeededCharter.EditedClause} a.clause-governance .clause-activity"))
            .ToHaveTextAsync("(open ballots: 1 · awaiting your vote: 1)");
        await page.Context.CloseAsync();
    }
}
