using System.Collections.Concurrent;
using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Wire;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Governance;

/// <summary>
/// Opens ballots, takes votes and closes ballots, on the rules of <see cref="Ballot"/> with the
/// state in the database. Work on one ballot is serialised in this process by a lock per ballot;
/// across processes the vote table's key (ballot, sequence) refuses a second writer of the same
/// history position, and the loser retries on the fresh history.
/// </summary>
public sealed class BallotService(
    IDbContextFactory<GovernanceDbContext> databases,
    CharterSessionRegistry sessions,
    GovernancePeople people,
    GovernanceAudit audit,
    NotificationService notifications,
    TimeProvider clock)
{
    private const int CastAttempts = 5;

    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();

    /// <summary>A steward opens a ballot; the electorate is every member with voting rights now.</summary>
    /// <exception cref="GovernanceDeniedException">The opener is not an active steward.</exception>
    /// <exception cref="InvalidBallotException">The rules or the deadline are not acceptable.</exception>
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

            if (await db.Ballots.AnyAsync(b => b.SubjectKind == subject.Kind && b.SubjectReference == subject.Reference && b.ClosedAt == null, cancellationToken))
            {
                throw new InvalidBallotException(BallotRefusal.AmendmentHasOpenBallot, $"Amendment {amendmentId} already has an open ballot.");
            }
        }

        var electorate = await people.VotingMembersAsync(cancellationToken);
        var ballot = Ballot.Open(Guid.NewGuid(), subject, rules, electorate, deadline, clock);
        db.Ballots.Add(BallotMapping.ToRecord(ballot, charter, steward.Id));
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(steward.Id, steward.DisplayName, GovernanceAudit.BallotOpened, ballot.Id.ToString(),
            $"{subject.Kind} {subject.Reference}; quorum {rules.Quorum}; {rules.Threshold}; secret {rules.Secret}; deadline {deadline:u}", cancellationToken);
        await notifications.NotifyAsync(electorate, NotificationKinds.BallotOpened, subject.Reference, BallotLink(ballot.Id), cancellationToken);
        return ballot.Id;
    }

    /// <summary>Casts or changes a vote. The earlier vote stays in the history.</summary>
    /// <exception cref="BallotClosedException">The ballot is closed or past its deadline.</exception>
    /// <exception cref="NotInElectorateException">The member is not in the ballot's electorate.</exception>
    /// <exception cref="UnknownBallotOptionException">The option is not yes, no or abstain.</exception>
    public async Task<VoteRecord> CastAsync(Guid ballotId, string memberId, BallotOption option, CancellationToken cancellationToken = default)
    {
        var gate = _locks.GetOrAdd(ballotId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var db = await databases.CreateDbContextAsync(cancellationToken);
                var (record, ballot) = await LoadAsync(db, ballotId, cancellationToken);
                var isNewVoter = !ballot.Voters.Contains(memberId);
                var vote = ballot.Cast(memberId, option, clock);
                db.Votes.Add(BallotMapping.ToRow(record.Id, vote));
                if (isNewVoter)
                {
                    db.Voters.Add(new BallotVoterRow { BallotId = record.Id, MemberId = memberId });
                }

                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException) when (attempt < CastAttempts)
                {
                    continue;
                }

                var details = record.Secret ? "secret ballot" : option.ToString().ToLowerInvariant();
                await audit.AppendAsync(memberId, memberId, GovernanceAudit.VoteCast, record.Id.ToString(), details, cancellationToken);
                return vote;
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
        return new BallotView(ballot.Subject, ballot.Rules, ballot.Deadline, ballot.Report(viewerId, clock), record.CloseError,
            viewerId is not null && ballot.Electorate.Contains(viewerId));
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
        var votes = await db.Votes.AsNoTracking().Where(v => v.BallotId == ballotId).ToListAsync(cancellationToken);
        return BallotTally.Recount(
            votes.Select(v => new VoteRecord(v.Sequence, v.VoterKey, v.MemberId, v.Option, v.CastAt)),
            BallotMapping.ElectorateOf(record).Count);
    }

    /// <summary>
    /// Tallies and, when an amendment passes, merges it into the live Doc through the charter's
    /// session, then records both in one database transaction. If the merge is refused (a
    /// conflict, a broken branch) the ballot stays open with <see cref="BallotRecord.CloseError"/>
    /// set and the charter unchanged. If the merge is committed but the record is not, a retry
    /// applies the same update again, which a CRDT ignores, so the two never disagree for long.
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
            await audit.AppendAsync(stewardId, stewardId ?? "deadline", GovernanceAudit.BallotClosed, record.Id.ToString(),
                $"{outcome}: yes {ballot.Tally.Yes}, no {ballot.Tally.No}, abstain {ballot.Tally.Abstain}, electorate {ballot.Tally.Electorate}", cancellationToken);
            await notifications.NotifyAsync(ballot.Electorate, NotificationKinds.BallotOutcome, record.SubjectReference, BallotLink(record.Id), cancellationToken);
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
        var update = await lease.Session.ReadAsync(amendment.PrepareAdoption);
        await lease.Session.ApplyUpdateAsync(SyncFrame.WriteUpdate(update), new UpdateOrigin(null, stewardId));
    }

    private static async Task<(BallotRecord Record, Ballot Ballot)> LoadAsync(GovernanceDbContext db, Guid ballotId, CancellationToken cancellationToken)
    {
        var record = await db.Ballots.FindAsync([ballotId], cancellationToken)
            ?? throw new GovernanceNotFoundException("ballot", ballotId);
        var votes = await db.Votes.AsNoTracking().Where(v => v.BallotId == ballotId).ToListAsync(cancellationToken);
        var voters = await db.Voters.AsNoTracking().Where(v => v.BallotId == ballotId).Select(v => v.MemberId).ToListAsync(cancellationToken);
        return (record, BallotMapping.ToDomain(record, votes, voters));
    }

    private static string BallotLink(Guid ballotId) => $"/ballots/{ballotId}";
}
