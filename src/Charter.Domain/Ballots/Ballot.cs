using System.Security.Cryptography;
using System.Text;

namespace Charter.Domain.Ballots;

/// <summary>
/// A vote on one subject (see docs/GOVERNANCE.md). Pure rules: the clock comes in as a
/// <see cref="TimeProvider"/>, storage and concurrency are the caller's (one writer at a time).
///
/// Invariants: the electorate is fixed when the ballot opens; each voter has exactly one current
/// vote; the tally is a count of current votes; no vote is taken at or after the deadline or
/// after a close.
///
/// An open (not secret) ballot keeps every vote in <see cref="History"/>, which only grows, with
/// its member, time and sequence; a member's current vote is their latest record, and the tally
/// always equals <see cref="BallotTally.Recount(IEnumerable{VoteRecord}, int)"/> over the history.
///
/// A secret ballot keeps no history. <see cref="SecretVotes"/> holds one current choice per voter
/// key, a keyed hash (HMAC-SHA256) of the member id under a random key the ballot holds only while
/// it is open, so a member can still change their vote; a change replaces the choice and leaves no
/// trace of the earlier one, of when, or of in which order. Who voted (<see cref="Voters"/>) is a
/// separate set in member-id order. While a secret ballot is open its report shows neither the
/// tally nor who voted, since either would change with each vote. At close the key is dropped:
/// from then on nothing the ballot holds links a voter to a choice, and the close reveals only the
/// tally and who voted. (While it is open, whoever can read the key can still link current
/// choices; the key lives only with the ballot.)
///
/// A per-organisation ballot (<see cref="VotingUnit.Organisation"/>) is the same ballot with
/// organisation ids for member ids: its electorate, voters, voter keys and tally are
/// organisations. Who may cast for an organisation (its delegates) is the caller's to check; the
/// ballot takes the delegate only to name them in an open ballot's history, and a secret ballot
/// never keeps it.
/// </summary>
public sealed class Ballot
{
    private readonly HashSet<string> _electorate;
    private readonly List<VoteRecord> _history;
    private readonly SortedDictionary<string, BallotOption> _current;
    private readonly SortedSet<string> _voters;
    private byte[]? _secretKey;

    private Ballot(
        Guid id,
        BallotSubject subject,
        BallotRules rules,
        IEnumerable<string> electorate,
        DateTimeOffset openedAt,
        DateTimeOffset deadline,
        byte[]? secretKey,
        IEnumerable<VoteRecord> history,
        IEnumerable<SecretVote> secretVotes,
        IEnumerable<string> voters,
        DateTimeOffset? closedAt,
        BallotOutcome? outcome)
    {
        Id = id;
        Subject = subject;
        Rules = rules;
        _electorate = new HashSet<string>(electorate, StringComparer.Ordinal);
        OpenedAt = openedAt;
        Deadline = deadline;
        _secretKey = secretKey;
        _history = [.. history.OrderBy(v => v.Sequence)];
        _current = new SortedDictionary<string, BallotOption>(StringComparer.Ordinal);
        if (rules.Secret && _history.Count > 0)
        {
            throw new ArgumentException("A secret ballot keeps no history of votes.", nameof(history));
        }

        foreach (var record in _history)
        {
            _current[record.MemberId] = record.Option;
        }

        foreach (var vote in secretVotes)
        {
            _current[vote.VoterKey] = vote.Option;
        }

        _voters = new SortedSet<string>(voters, StringComparer.Ordinal);
        ClosedAt = closedAt;
        Outcome = outcome;
    }

    public Guid Id { get; }

    public BallotSubject Subject { get; }

    public BallotRules Rules { get; }

    /// <summary>The members with voting rights when the ballot opened.</summary>
    public IReadOnlySet<string> Electorate => _electorate;

    public DateTimeOffset OpenedAt { get; }

    public DateTimeOffset Deadline { get; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public BallotOutcome? Outcome { get; private set; }

    public bool IsClosed => ClosedAt is not null;

    /// <summary>Every vote ever cast, oldest first; always empty for a secret ballot.</summary>
    public IReadOnlyList<VoteRecord> History => _history;

    /// <summary>A secret ballot's current votes, in voter-key order (which a random key makes meaningless); empty otherwise.</summary>
    public IReadOnlyList<SecretVote> SecretVotes =>
        Rules.Secret ? [.. _current.Select(v => new SecretVote(v.Key, v.Value))] : [];

    /// <summary>Members who have voted, in ordinal order.</summary>
    public IReadOnlyCollection<string> Voters => _voters;

    /// <summary>The key secret votes are filed under while the ballot is open; null otherwise. Stored so a restart keeps it.</summary>
    public ReadOnlySpan<byte> SecretKey => _secretKey;

    public BallotTally Tally => new(
        _current.Values.Count(v => v == BallotOption.Yes),
        _current.Values.Count(v => v == BallotOption.No),
        _current.Values.Count(v => v == BallotOption.Abstain),
        _electorate.Count);

    /// <exception cref="InvalidBallotException">Empty electorate, a deadline not after now, or rules out of range.</exception>
    public static Ballot Open(
        Guid id, BallotSubject subject, BallotRules rules, IEnumerable<string> electorate, DateTimeOffset deadline, TimeProvider clock)
    {
        rules.Validated();
        var members = electorate.ToList();
        if (members.Count == 0 || members.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidBallotException(BallotRefusal.NoElectorate, "A ballot needs an electorate: at least one member with voting rights, each with an id.");
        }

        var now = clock.GetUtcNow();
        if (deadline <= now)
        {
            throw new InvalidBallotException(BallotRefusal.DeadlineNotInFuture, $"A ballot's deadline must be in the future; {deadline:u} is not after {now:u}.");
        }

        var secretKey = rules.Secret ? RandomNumberGenerator.GetBytes(32) : null;
        return new Ballot(id, subject, rules, members, now, deadline, secretKey, [], [], [], null, null);
    }

    /// <summary>Rebuilds a stored ballot exactly as it was saved: history for an open ballot, current secret votes for a secret one.</summary>
    public static Ballot Restore(
        Guid id,
        BallotSubject subject,
        BallotRules rules,
        IEnumerable<string> electorate,
        DateTimeOffset openedAt,
        DateTimeOffset deadline,
        byte[]? secretKey,
        IEnumerable<VoteRecord> history,
        IEnumerable<SecretVote> secretVotes,
        IEnumerable<string> voters,
        DateTimeOffset? closedAt,
        BallotOutcome? outcome) =>
        new(id, subject, rules, electorate, openedAt, deadline, secretKey, history, secretVotes, voters, closedAt, outcome);

    /// <summary>
    /// Casts or changes <paramref name="memberId"/>'s vote (an organisation's, in a
    /// per-organisation ballot, cast by the delegate <paramref name="castBy"/>). In an open ballot
    /// the earlier vote stays in the history; in a secret ballot the new choice replaces it.
    /// </summary>
    /// <exception cref="BallotClosedException">The ballot is closed or its deadline has passed.</exception>
    /// <exception cref="NotInElectorateException">The member is not in the electorate.</exception>
    /// <exception cref="UnknownBallotOptionException">The option is not yes, no or abstain.</exception>
    /// <exception cref="ArgumentException">A per-organisation vote without its delegate, or a member vote with one.</exception>
    public CastVote Cast(string memberId, BallotOption option, TimeProvider clock, string? castBy = null)
    {
        if ((Rules.Unit == VotingUnit.Organisation) != (castBy is not null))
        {
            throw new ArgumentException("A per-organisation vote names the delegate who casts it; a member's vote names nobody else.", nameof(castBy));
        }

        var now = clock.GetUtcNow();
        RequireOpen(now);
        if (!_electorate.Contains(memberId))
        {
            throw new NotInElectorateException(Id, memberId);
        }

        BallotOptions.Require(option);
        var firstVote = _voters.Add(memberId);
        if (Rules.Secret)
        {
            var current = new SecretVote(SecretVoterKey(memberId), option);
            _current[current.VoterKey] = option;
            return new CastVote(option, firstVote, null, current);
        }

        var record = new VoteRecord(_history.Count + 1, memberId, option, now, castBy);
        _history.Add(record);
        _current[memberId] = option;
        return new CastVote(option, firstVote, record, null);
    }

    /// <summary>Whether the deadline has come and the ballot still waits to be closed.</summary>
    public bool IsDue(TimeProvider clock) => !IsClosed && clock.GetUtcNow() >= Deadline;

    /// <summary>Closes a ballot whose deadline has come: tally and outcome.</summary>
    /// <exception cref="BallotNotDueException">The deadline has not come.</exception>
    /// <exception cref="BallotClosedException">It is already closed.</exception>
    public BallotOutcome CloseAtDeadline(TimeProvider clock)
    {
        if (ClosedAt is { } closedAt)
        {
            throw new BallotClosedException(Id, closedAt);
        }

        if (!IsDue(clock))
        {
            throw new BallotNotDueException(Id, Deadline);
        }

        return Close(Deadline);
    }

    /// <summary>Closes the ballot now, before its deadline if need be (a steward's decision).</summary>
    /// <exception cref="BallotClosedException">It is already closed.</exception>
    public BallotOutcome CloseEarly(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        if (ClosedAt is { } closedAt)
        {
            throw new BallotClosedException(Id, closedAt);
        }

        return Close(now < Deadline ? now : Deadline);
    }

    /// <summary>The viewer's current vote; for a secret ballot, known only while it is open.</summary>
    public BallotOption? CurrentVoteOf(string memberId)
    {
        var key = Rules.Secret ? (_secretKey is null ? null : SecretVoterKey(memberId)) : memberId;
        return key is not null && _current.TryGetValue(key, out var option) ? option : null;
    }

    /// <summary>
    /// What <paramref name="viewerId"/> (null for someone not signed in) may see now. A secret
    /// ballot shows nothing that changes with each vote until it closes: no tally, no voters.
    /// </summary>
    public BallotReport Report(string? viewerId, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var resultsVisible = IsClosed || !(Rules.HideResultsUntilClose || Rules.Secret);
        var votersVisible = IsClosed || !Rules.Secret;
        var choices = resultsVisible && !Rules.Secret
            ? _current.Select(v => new MemberChoice(v.Key, v.Value)).ToList()
            : null;
        var timeLeft = IsClosed || now >= Deadline ? TimeSpan.Zero : Deadline - now;
        return new BallotReport(
            Id,
            IsClosed,
            timeLeft,
            resultsVisible ? Tally : null,
            Outcome,
            votersVisible ? [.. _voters] : null,
            choices,
            viewerId is null ? null : CurrentVoteOf(viewerId));
    }

    private BallotOutcome Close(DateTimeOffset closedAt)
    {
        var outcome = Tally.OutcomeUnder(Rules);
        ClosedAt = closedAt;
        Outcome = outcome;
        _secretKey = null;
        return outcome;
    }

    private void RequireOpen(DateTimeOffset now)
    {
        if (ClosedAt is { } closedAt)
        {
            throw new BallotClosedException(Id, closedAt);
        }

        if (now >= Deadline)
        {
            throw new BallotClosedException(Id, Deadline);
        }
    }

    private string SecretVoterKey(string memberId) =>
        Convert.ToBase64String(HMACSHA256.HashData(_secretKey!, Encoding.UTF8.GetBytes(memberId)));
}
