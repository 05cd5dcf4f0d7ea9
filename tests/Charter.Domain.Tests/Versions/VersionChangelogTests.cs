using Charter.Domain.Ballots;
using Charter.Domain.Diffs;
using Charter.Domain.Versions;
using static Charter.Domain.Tests.Versions.VersionSamples;

namespace Charter.Domain.Tests.Versions;

public sealed class VersionChangelogTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 18, 0, 0, TimeSpan.Zero);

    private static AdoptedAmendment Amendment(string title, string clauseId, int days) =>
        new(title, clauseId, new BallotTally(12, 3, 1, 20), $"/amendments/{clauseId}", Monday.AddDays(days));

    [Fact]
    public void Build_FirstVersion_ListsAmendmentsButNoEdits()
    {
        var changelog = Changelog.Build(null, FiveClauses(), [Amendment("Plain words", "c-aaaa", 0)]);

        Assert.True(changelog.IsFirstVersion);
        Assert.Empty(changelog.DirectEdits);
        Assert.Single(changelog.Amendments);
    }

    [Fact]
    public void Build_EditsInsertDeleteMove_ListsEachDirectEditOnceWithoutRenumbering()
    {
        var before = FiveClauses();
        var c = before.Clauses.ToArray();
        var after = WithClauses(before, c[1] with { Body = "Everyone may speak freely." }, c[3], c[2], Clause("c-new1", "Repair"), c[4]);

        var changelog = Changelog.Build(before, after, []);

        Assert.Equal(
            [
                new DirectEdit("c-aaaa", "Connect", 1, ClauseChangeKinds.Removed),
                new DirectEdit("c-bbbb", "Speak", 1, ClauseChangeKinds.Edited),
                new DirectEdit("c-cccc", "Privacy", 3, ClauseChangeKinds.Moved),
                new DirectEdit("c-new1", "Repair", 4, ClauseChangeKinds.Added),
            ],
            changelog.DirectEdits.ToArray<DirectEdit>());
    }

    [Fact]
    public void Build_ClauseChangedByAnAdoptedAmendment_ListedUnderTheAmendmentOnly()
    {
        var before = FiveClauses();
        var c = before.Clauses.ToArray();
        var after = WithClauses(before, c[0] with { Body = "Everyone, everywhere, may connect." }, c[1], c[2] with { Title = "Private life" }, c[3], c[4]);

        var changelog = Changelog.Build(before, after, [Amendment("Later", "c-aaaa", 2), Amendment("Earlier", "c-aaaa", 1)]);

        Assert.Equal(["Earlier", "Later"], changelog.Amendments.Select(a => a.Title));
        Assert.Equal(["c-cccc"], changelog.DirectEdits.Select(e => e.ClauseId));
    }

    [Fact]
    public void ToMarkdown_AmendmentsAndEdits_ListsTalliesLinksAndKinds()
    {
        var before = FiveClauses();
        var c = before.Clauses.ToArray();
        var after = WithClauses(before, c[0] with { Body = "Changed." }, c[1], c[2], c[4], c[3] with { Title = "Assembly [online]" });

        var markdown = Changelog.Build(before, after, [Amendment("Say [who] connects", "c-aaaa", 0)]).ToMarkdown(2);

        Assert.Equal("""
            # Changes in version 2

            ## Adopted amendments

            - [Say \[who\] connects](/amendments/c-aaaa) (c-aaaa): 12 yes, 3 no, 1 abstain

            ## Direct edits

            - Article 5. Assembly \[online\] (c-dddd): edited, moved

            """.ReplaceLineEndings("\n"), markdown);
    }

    [Fact]
    public void ToMarkdown_NothingChanged_SaysSo()
    {
        var markdown = Changelog.Build(FiveClauses(), FiveClauses(), []).ToMarkdown(3);

        Assert.Equal("# Changes in version 3\n\nNo clause changed since version 2.\n", markdown);
    }
}
