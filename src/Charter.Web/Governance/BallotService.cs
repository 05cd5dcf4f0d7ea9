using Charter.Web.Audit;
using System.Collections.Concurrent;
using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Accounts.Organisations;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Wire;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Governance;

/// <summary>
/// Opens ballots, takes votes and closes ballots, on the rules of <see cref="Ballot"/> with the
/// state in the database. Every change re-checks the standing of the person asking (active, and a
/// role that allows it) before anything else. Work on one ballot is serialised in this process by
/// a lock per ballot; across processes the keys of the vote tables (ballot, sequence) and
/// (ballot, voter key) refuse a second writer of the same row, and the loser retries on the fresh
/// state. A secret ballot writes nothing per vote but its current choice and who voted, with no
/// time, order or audit entry (docs/GOVERNANCE.md, "Secret ballots"). A per-organisation ballot
/// (docs/GOVERNANCE.md, "Per-organisation ballots") is stored the same way with organisation ids
/// for member ids; a vote for an organisation re-checks that the caller is its active delegate now.
/// </summary>
public sealed class BallotService(
    IDbContextFactory<GovernanceDbContext> databases,
    CharterSessionRegistry sessions,
    GovernancePeople people,
    BallotAudience audience,
    OrganisationDirectory organisations,
    GovernanceAudit audit,
    NotificationService notifications,
    TimeProvider clock)
{
    private const int CastAttempts = 5;

    /// <summary>SQLITE_CONSTRAINT_UNIQUE: here, the one-open-ballot-per-subject index.</summary>
    private const int SqliteUniqueConstraint = 2067;

    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();

    /// <summary>
    /// A steward opens a ballot; the electorate is every member with voting rights now or, in a
    /// per-organisation ballot, every organisation with an active delegate now.
    /// </summary>
    /// <exception cref="GovernanceDeniedException">The opener is not an active steward.</exception>
    /// <exception cref="InvalidBallotException">The rules or the deadline are not acceptable, or the subject already has an open ballot.</exception>
    public async Task<Guid> OpenAsync(
        string charter, BallotSubject subject, BallotRules rules, DateTimeOffset deadline, string stewardId, CancellationToken cancellationToken = default)
    {
        var steward = await people.RequireAsync(stewardId, GovernancePeople.IsSteward, "open a ballot", cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (subject.AmendmentId is { } amendmentId)
        {
            var amendment = await db.Amendments.FindAsync([amendmentId], cancellationToken)
                ?? throw new GovernanceNotFoundException("amendment", amendmentId);
            if (amendment.Status != AmendmentStatus.Open)
            {
                throw new InvalidBallotException(BallotRefusal.AmendmentNotOpen, $"Amendment {amendmentId} is {amendment.Status}; only an open amendment can be put to a vote.");
            }
        }

        // A friendly early answer; the unique index is what decides when two stewards race.
        if (await db.Ballots.AnyAsync(b => b.Charter == charter && b.SubjectKind == subject.Kind && b.SubjectReference == subject.Reference && b.ClosedAt == null, cancellationToken))
        {
            throw AlreadyOpen(subject);
        }

        var electorate = await audience.ElectorateAsync(rules.Unit, people, cancellationToken);
        if (rules.Unit == VotingUnit.Organisation && electorate.Count == 0)
        {
            throw new InvalidBallotException(BallotRefusal.NoOrganisationElectorate, "No organisation has an active delegate, so a per-organisation ballot would have no electorate.");
        }

        var ballot = Ballot.Open(Guid.NewGuid(), subject, rules, electorate, deadline, clock);
        db.Ballots.Add(BallotMapping.ToRecord(ballot, charter, steward.Id));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteUniqueConstraint })
        {
            throw AlreadyOpen(subject);
        }

        await audit.AppendAsync(steward.Id, steward.DisplayName, GovernanceAudit.BallotOpened, ballot.Id.ToString(),
            AuditDetails.BallotOpened.Write(subject.Kind, subject.Reference, rules.Quorum, rules.Threshold, rules.Secret, rules.Unit, deadline), cancellationToken);
        await notifications.NotifyAsync(await audience.PeopleForAsync(rules.Unit, electorate, cancellationToken), NotificationKinds.BallotOpened, subject.Reference, BallotLink(ballot.Id), cancellationToken);
        return ballot.Id;
    }

    /// <summary>
    /// Casts or changes a vote. In an open ballot the earlier vote stays in the history and the
    /// vote is audited; in a secret ballot the new choice replaces the old and nothing else is written.
    /// </summary>
    /// <exception cref="GovernanceDeniedException">The voter is no longer active, or no longer has a role that votes.</exception>
    /// <exception cref="BallotClosedException">The ballot is closed or past its deadline.</exception>
    /// <exception cref="NotInElectorateException">The member is not in the ballot's electorate.</exception>
    /// <exception cref="UnknownBallotOptionException">The option is not yes, no or abstain.</exception>
    public async Task CastAsync(Guid ballotId, string memberId, BallotOption option, CancellationToken cancellationToken = default)
    {
        var voter = await people.RequireAsync(memberId, GovernancePeople.CanVoteOrPropose, "vote", cancellationToken);
        await CastAsync(ballotId, voter, voter.Id, VotingUnit.Member, option, cancellationToken);
    }

    /// <summary>
    /// Casts or changes an organisation's vote in a per-organisation ballot; the caller must be its
    /// active delegate now. A later vote by any of its delegates replaces this one. In an open
    /// ballot the history and the audit log name the organisation and the delegate; in a secret
    /// ballot nothing names either.
    /// </summary>
    /// <exception cref="GovernanceDeniedException">The caller is not active, has no role that votes, or is not the organisation's active delegate.</exception>
    /// <exception cref="BallotClosedException">The ballot is closed or past its deadline.</exception>
    /// <exception cref="NotInElectorateException">The ballot is not per organisation, or the organisation is not in its electorate.</exception>
    /// <exception cref="UnknownBallotOptionException">The option is not yes, no or abstain.</exception>
    public async Task CastForOrganisationAsync(Guid ballotId, string delegateId, Guid organisationId, BallotOption option, CancellationToken cancellationToken = default)
    {
        var voter = await people.RequireAsync(delegateId, GovernancePeople.CanVoteOrPropose, "vote", cancellationToken);
        if (!await organisations.IsActiveDelegateAsync(voter.Id, organisationId, cancellationToken))
        {
            throw new GovernanceDeniedException(GovernanceDenial.NotADelegate, "Only an active delegate of the organisation can cast its vote.");
        }

        await CastAsync(ballotId, voter, BallotAudience.KeyOf(organisationId), VotingUnit.Organisation, option, cancellationToken);
    }

    private async Task CastAsync(Guid ballotId, PersonStanding voter, string voterId, VotingUnit unit, BallotOption option, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(ballotId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var db = await databases.CreateDbContextAsync(cancellationToken);
                var (record, ballot) = await LoadAsync(db, ballotId, cancellationToken);
                if (ballot.Rules.Unit != unit)
                {
                    throw new NotInElectorateException(ballotId, voterId);
                }

                var vote = ballot.Cast(voterId, option, clock, unit == VotingUnit.Organisation ? voter.Id : null);
                await StoreAsync(db, record.Id, voterId, vote, cancellationToken);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException) when (attempt < CastAttempts)
                {
                    continue;
                }

                if (vote.Record is { } cast)
                {
                    await audit.AppendAsync(voter.Id, voter.DisplayName, GovernanceAudit.VoteCast, record.Id.ToString(),
                        unit == VotingUnit.Organisation
                            ? AuditDetails.VoteCastForOrganisation.Write(cast.Sequence, cast.Option, voterId)
                            : AuditDetails.VoteCast.Write(cast.Sequence, cast.Option), cancellationToken);
                }

                return;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A steward closes a ballot before its deadline.</summary>
    public async Task<BallotOutcome> CloseEarlyAsync(Guid ballotId, string stewardId, CancellationToken cancellationToken = default)
    {
        var steward = await people.RequireAsync(stewardId, GovernancePeople.IsSteward, "close a ballot", cancellationToken);
        return await CloseAsync(ballotId, steward.Id, early: true, cancellationToken);
    }

    /// <summary>Closes a ballot whose deadline has come (the deadline service calls this).</summary>
    public Task<BallotOutcome> CloseAtDeadlineAsync(Guid ballotId, CancellationToken cancellationToken = default) =>
        CloseAsync(ballotId, null, early: false, cancellationToken);

    /// <summary>Ids of open ballots whose deadline has come.</summary>
    public async Task<IReadOnlyList<Guid>> DueAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await db.Ballots.Where(b => b.ClosedAt == null && b.Deadline <= now).Select(b => b.Id).ToListAsync(cancellationToken);
    }

    /// <summary>What <paramref name="viewerId"/> may see of the ballot now, and the last close error if any.</summary>
    public async Task<BallotView> ViewAsync(Guid ballotId, string? viewerId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (record, ballot) = await LoadAsync(db, ballotId, cancellationToken);
        if (ballot.Rules.Unit == VotingUnit.Organisation)
        {
            var delegated = viewerId is null ? [] : await audience.DelegatedAsync(viewerId, ballot.Electorate, cancellationToken);
            var votes = delegated.Select(o => new OrganisationVote(o.Id, o.Name, ballot.CurrentVoteOf(BallotAudience.KeyOf(o.Id)))).ToList();
            return new BallotView(ballot.Subject, ballot.Rules, ballot.Deadline, ballot.Report(null, clock), record.CloseError, votes.Count > 0, votes);
        }

        return new BallotView(ballot.Subject, ballot.Rules, ballot.Deadline, ballot.Report(viewerId, clock), record.CloseError,
            viewerId is not null && ballot.Electorate.Contains(viewerId), []);
    }

    public async Task<(BallotReport Report, string? CloseError)> ReportAsync(Guid ballotId, string? viewerId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (record, ballot) = await LoadAsync(db, ballotId, cancellationToken);
        return (ballot.Report(viewerId, clock), record.CloseError);
    }

    /// <summary>Ballots on any of the given subjects (clause ids, amendment ids), oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> ForSubjectsAsync(string charter, IReadOnlyCollection<string> subjectReferences, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Ballots.AsNoTracking()
            .Where(b => b.Charter == charter && subjectReferences.Contains(b.SubjectReference))
            .OrderBy(b => b.OpenedAt)
            .Select(b => b.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The tally counted afresh from the vote table, to check against the stored one.</summary>
    public async Task<BallotTally> RecountAsync(Guid ballotId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var record = await db.Ballots.AsNoTracking().SingleAsync(b => b.Id == ballotId, cancellationToken);
        var electorate = BallotMapping.ElectorateOf(record).Count;
        if (record.Secret)
        {
            var current = await db.SecretVotes.AsNoTracking().Where(v => v.BallotId == ballotId).ToListAsync(cancellationToken);
            return BallotTally.Recount(current.Select(v => new SecretVote(v.VoterKey, v.Option)), electorate);
        }

        var votes = await db.Votes.AsNoTracking().Where(v => v.BallotId == ballotId).ToListAsync(cancellationToken);
        return BallotTally.Recount(votes.Select(BallotMapping.ToRecord), electorate);
    }

    /// <summary>
    /// Tallies and, when an amendment passes, merges it into the live Doc through the charter's
    /// session, then records both in one database transaction. If the merge is refused (a
    /// conflict, a broken branch) the ballot stays open with <see cref="BallotRecord.CloseError"/>
    /// set and the charter unchanged. If the merge is committed but the record is not (a crash
    /// between the two), the retry finds the branch already in the live Doc
    /// (<see cref="Amendment.PrepareAdoption"/> returns nothing to apply) and only finishes the
    /// record, so the deadline service's next tick or a steward's close completes it.
    /// </summary>
    private async Task<BallotOutcome> CloseAsync(Guid ballotId, string? stewardId, bool early, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(ballotId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var (record, ballot) = await LoadAsync(db, ballotId, cancellationToken);
            var outcome = early ? ballot.CloseEarly(clock) : ballot.CloseAtDeadline(clock);
            var amendmentRecord = ballot.Subject.AmendmentId is { } amendmentId
                ? await db.Amendments.FindAsync([amendmentId], cancellationToken)
                : null;
            if (amendmentRecord is not null)
            {
                var amendment = AmendmentMapping.ToDomain(amendmentRecord);
                if (outcome == BallotOutcome.Passed)
                {
                    try
                    {
                        await MergeAsync(record.Charter, amendment, stewardId, cancellationToken);
                    }
                    catch (AmendmentException e)
                    {
                        AmendmentMapping.CopyState(amendment, amendmentRecord);
                        record.CloseError = GovernanceRefusalText.KeyOf(e);
                        await db.SaveChangesAsync(cancellationToken);
                        throw;
                    }

                    amendment.MarkAdopted(ballot.ClosedAt!.Value);
                }
                else if (!amendment.IsFinal)
                {
                    amendment.Reject();
                }

                AmendmentMapping.CopyState(amendment, amendmentRecord);
            }

            BallotMapping.CopyClose(ballot, record);
            await db.SaveChangesAsync(cancellationToken);
            if (record.Secret)
            {
                await db.ForgetWriteOrderAsync(cancellationToken);
            }

            await audit.AppendAsync(stewardId, stewardId ?? "deadline", GovernanceAudit.BallotClosed, record.Id.ToString(),
                (ballot.Rules.Unit == VotingUnit.Organisation ? AuditDetails.BallotClosedOrganisations : AuditDetails.BallotClosedMembers)
                    .Write(outcome, ballot.Voters.Count, ballot.Tally.Yes, ballot.Tally.No, ballot.Tally.Abstain, ballot.Tally.Electorate), cancellationToken);
            await notifications.NotifyAsync(await audience.PeopleForAsync(ballot.Rules.Unit, ballot.Electorate, cancellationToken), NotificationKinds.BallotOutcome, record.SubjectReference, BallotLink(record.Id), cancellationToken);
            return outcome;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task MergeAsync(string charter, Amendment amendment, string? stewardId, CancellationToken cancellationToken)
    {
        await using var lease = await sessions.OpenAsync(charter, cancellationToken);
        if (await lease.Session.ReadAsync(amendment.PrepareAdoption) is { } update)
        {
            await lease.Session.ApplyUpdateAsync(SyncFrame.WriteUpdate(update), new UpdateOrigin(null, stewardId));
        }
    }

    private static async Task<(BallotRecord Record, Ballot Ballot)> LoadAsync(GovernanceDbContext db, Guid ballotId, CancellationToken cancellationToken)
    {
        var record = await db.Ballots.FindAsync([ballotId], cancellationToken)
            ?? throw new GovernanceNotFoundException("ballot", ballotId);
        var votes = await db.Votes.AsNoTracking().Where(v => v.BallotId == ballotId).ToListAsync(cancellationToken);
        var secretVotes = await db.SecretVotes.AsNoTracking().Where(v => v.BallotId == ballotId).ToListAsync(cancellationToken);
        var voters = await db.Voters.AsNoTracking().Where(v => v.BallotId == ballotId).Select(v => v.MemberId).ToListAsync(cancellationToken);
        return (record, BallotMapping.ToDomain(record, votes, secretVotes, voters));
    }

    /// <summary>Adds what <paramref name="vote"/> changed to <paramref name="db"/>: a history row, or the secret choice in place; and a new voter.</summary>
    private static async Task StoreAsync(GovernanceDbContext db, Guid ballotId, string memberId, CastVote vote, CancellationToken cancellationToken)
    {
        if (vote.Record is { } record)
        {
            db.Votes.Add(BallotMapping.ToRow(ballotId, record));
        }

        if (vote.Current is { } current)
        {
            var row = await db.SecretVotes.FindAsync([ballotId, current.VoterKey], cancellationToken);
            if (row is null)
            {
                db.SecretVotes.Add(new SecretVoteRow { BallotId = ballotId, VoterKey = current.VoterKey, Option = current.Option });
            }
            else
            {
                row.Option = current.Option;
            }
        }

        if (vote.FirstVote)
        {
            db.Voters.Add(new BallotVoterRow { BallotId = ballotId, MemberId = memberId });
        }
    }

    private static InvalidBallotException AlreadyOpen(BallotSubject subject) =>
        new(BallotRefusal.SubjectHasOpenBallot, $"{subject.Kind} {subject.Reference} already has an open ballot; another can be opened once it closes.");

    private static string BallotLink(Guid ballotId) => $"/ballots/{ballotId}";
}
