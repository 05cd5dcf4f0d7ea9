using Charter.Domain.Diffs;
using static Charter.Domain.Tests.Versions.VersionSamples;

namespace Charter.Domain.Tests.Diffs;

public sealed class DiffClauseTests
{
    private static readonly Charter.Domain.Drafts.CharterDraft Before = FiveClauses();

    private static Charter.Domain.Drafts.Clause[] Clauses => [.. Before.Clauses];

    private static ClauseComparison Of(CharterComparison comparison, string id) => comparison.Clauses.Single(c => c.Id == id);

    [Fact]
    public void Compare_SameText_AllUnchanged()
    {
        var comparison = CharterComparer.Compare(Before, Before);

        Assert.False(comparison.HasChanges);
        Assert.All(comparison.Clauses, c => Assert.Equal(ClauseChangeKinds.Unchanged, c.Kinds));
    }

    [Fact]
    public void Compare_ClauseMovedToTheEnd_OnlyThatClauseIsMovedTheOthersRenumbered()
    {
        var c = Clauses;
        var after = WithClauses(Before, c[1], c[2], c[3], c[4], c[0]);

        var comparison = CharterComparer.Compare(Before, after);

        Assert.Equal(ClauseChangeKinds.Moved, Of(comparison, "c-aaaa").Kinds);
        Assert.Equal((1, 5), (Of(comparison, "c-aaaa").OldNumber, Of(comparison, "c-aaaa").NewNumber));
        Assert.All(comparison.Clauses.Where(x => x.Id != "c-aaaa"), x => Assert.Equal(ClauseChangeKinds.Renumbered, x.Kinds));
        Assert.Equal(["c-bbbb", "c-cccc", "c-dddd", "c-eeee", "c-aaaa"], comparison.Clauses.Select(x => x.Id));
    }

    [Fact]
    public void Compare_TwoNeighboursSwapped_OneMovedRestUntouched()
    {
        var c = Clauses;
        var after = WithClauses(Before, c[0], c[2], c[1], c[3], c[4]);

        var comparison = CharterComparer.Compare(Before, after);

        Assert.Equal(1, comparison.Count(ClauseChangeKinds.Moved));
        Assert.Equal(1, comparison.Count(ClauseChangeKinds.Renumbered));
        Assert.Equal(ClauseChangeKinds.Unchanged, Of(comparison, "c-aaaa").Kinds);
        Assert.Equal(ClauseChangeKinds.Unchanged, Of(comparison, "c-dddd").Kinds);
    }

    [Fact]
    public void Compare_ClauseInserted_AddedAndLaterOnesRenumberedNotMoved()
    {
        var c = Clauses;
        var inserted = Clause("c-new1", "Repair", "We may repair our devices.");
        var after = WithClauses(Before, c[0], c[1], inserted, c[2], c[3], c[4]);

        var comparison = CharterComparer.Compare(Before, after);

        var added = Of(comparison, "c-new1");
        Assert.Equal(ClauseChangeKinds.Added, added.Kinds);
        Assert.Equal((null, 3), (added.OldNumber, added.NewNumber));
        Assert.Equal("We may repair our devices.", added.Body.New);
        Assert.Equal("", added.Body.Old);
        Assert.Equal(ClauseChangeKinds.Unchanged, Of(comparison, "c-bbbb").Kinds);
        Assert.All(new[] { "c-cccc", "c-dddd", "c-eeee" }, id => Assert.Equal(ClauseChangeKinds.Renumbered, Of(comparison, id).Kinds));
        Assert.Equal(0, comparison.Count(ClauseChangeKinds.Moved));
    }

    [Fact]
    public void Compare_ClauseDeleted_RemovedShownWhereItWas()
    {
        var c = Clauses;
        var after = WithClauses(Before, c[0], c[2], c[3], c[4]);

        var comparison = CharterComparer.Compare(Before, after);

        Assert.Equal(["c-aaaa", "c-bbbb", "c-cccc", "c-dddd", "c-eeee"], comparison.Clauses.Select(x => x.Id));
        var removed = Of(comparison, "c-bbbb");
        Assert.Equal(ClauseChangeKinds.Removed, removed.Kinds);
        Assert.Equal((2, null), (removed.OldNumber, removed.NewNumber));
        Assert.Equal("Everyone may speak.", removed.Body.Old);
        Assert.Equal(ClauseChangeKinds.Renumbered, Of(comparison, "c-cccc").Kinds);
    }

    [Fact]
    public void Compare_FirstClauseDeleted_RemovedComesFirst()
    {
        var c = Clauses;

        var comparison = CharterComparer.Compare(Before, WithClauses(Before, c[1], c[2], c[3], c[4]));

        Assert.Equal("c-aaaa", comparison.Clauses[0].Id);
        Assert.True(comparison.Clauses[0].Has(ClauseChangeKinds.Removed));
    }

    [Fact]
    public void Compare_WordChangedWithinClause_EditedWithAWordLevelDiff()
    {
        var c = Clauses;
        var edited = c[2] with { Body = "Messages are always private." };

        var comparison = CharterComparer.Compare(Before, WithClauses(Before, c[0], c[1], edited, c[3], c[4]));

        var clause = Of(comparison, "c-cccc");
        Assert.Equal(ClauseChangeKinds.Edited, clause.Kinds);
        Assert.False(clause.Title.HasChanges);
        Assert.Equal(
            [new(DiffSpanKind.Unchanged, "Messages are "), new(DiffSpanKind.Inserted, "always "), new(DiffSpanKind.Unchanged, "private.")],
            clause.Body.Inline.ToArray<DiffSpan>());
        Assert.Equal(1, comparison.Clauses.Count(x => !x.IsUnchanged));
    }

    [Fact]
    public void Compare_EditedAndMoved_CarriesBothLabels()
    {
        var c = Clauses;
        var after = WithClauses(Before, c[1], c[2], c[3], c[4], c[0] with { Title = "Connect freely" });

        var clause = Of(CharterComparer.Compare(Before, after), "c-aaaa");

        Assert.True(clause.Has(ClauseChangeKinds.Edited));
        Assert.True(clause.Has(ClauseChangeKinds.Moved));
        Assert.Equal("Connect freely", clause.Title.New);
    }

    [Fact]
    public void Compare_ClauseMovedToAnotherPartKeepingItsNumber_IsMoved()
    {
        var c = Clauses;
        var before = Sample(("p-one1", "People", [c[0], c[1], c[2]]), ("p-two2", "Providers", [c[3], c[4]]));
        var after = Sample(("p-one1", "People", [c[0], c[1]]), ("p-two2", "Providers", [c[2], c[3], c[4]]));

        var comparison = CharterComparer.Compare(before, after);

        var moved = Of(comparison, "c-cccc");
        Assert.Equal(ClauseChangeKinds.Moved, moved.Kinds);
        Assert.Equal(("p-one1", "p-two2"), (moved.OldPartId, moved.NewPartId));
        Assert.Equal(1, comparison.Clauses.Count(x => !x.IsUnchanged));
    }

    [Fact]
    public void Compare_PartRetitledAddedAndRemoved_Reported()
    {
        var c = Clauses;
        var before = Sample(("p-one1", "People", [c[0], c[1]]), ("p-two2", "Providers", [c[2]]));
        var after = Sample(("p-one1", "All people", [c[0], c[1]]), ("p-thr3", "Coders", [c[2]]));

        var parts = CharterComparer.Compare(before, after).Parts;

        Assert.True(parts.Single(p => p.Id == "p-one1").IsRetitled);
        Assert.True(parts.Single(p => p.Id == "p-thr3").IsAdded);
        Assert.True(parts.Single(p => p.Id == "p-two2").IsRemoved);
    }

    [Fact]
    public void Compare_TitleAndPreambleChanged_DiffedByWord()
    {
        var after = Before with { Title = "Internet Rights Now", Preamble = "We all agree." };

        var comparison = CharterComparer.Compare(Before, after);

        Assert.Equal("Internet Rights Now", comparison.Title.New);
        Assert.Contains(comparison.Preamble.Inline, p => p is { Kind: DiffSpanKind.Inserted, Text: "all " });
        Assert.True(comparison.HasChanges);
    }
}
