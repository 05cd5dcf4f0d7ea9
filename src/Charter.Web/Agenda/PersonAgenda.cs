namespace Charter.Web.Agenda;

/// <summary>
/// What needs one person now, across the charters: ballots still open (with whether they voted),
/// amendments open for discussion, their own drafts, and translations into their language that
/// the source text has moved past.
/// </summary>
public sealed record PersonAgenda(
    IReadOnlyList<AgendaBallot> Ballots,
    IReadOnlyList<AgendaAmendment> OpenAmendments,
    IReadOnlyList<AgendaAmendment> MyDrafts,
    IReadOnlyList<AgendaTranslation> StaleTranslations)
{
    public static PersonAgenda Empty { get; } = new([], [], [], []);

    /// <summary>The things only this person can do: ballots they may vote in and have not, their drafts, stale translations.</summary>
    public int NeedsMe => Ballots.Count(b => b.MayVote && !b.Voted) + MyDrafts.Count + StaleTranslations.Count;
}

/// <summary>An open ballot; <see cref="Link"/> is its place on the clause page.</summary>
public sealed record AgendaBallot(Guid Id, string Title, string ClauseId, string Link, DateTimeOffset Deadline, bool MayVote, bool Voted);

/// <summary>An amendment; <see cref="Link"/> is its card on the clause page.</summary>
public sealed record AgendaAmendment(Guid Id, string Title, string ClauseId, string ClauseTitle, string Link);

/// <summary>A clause whose translation into the person's language needs a look; <see cref="Link"/> is the translation editor.</summary>
public sealed record AgendaTranslation(string ClauseId, string ClauseTitle, string Link);
