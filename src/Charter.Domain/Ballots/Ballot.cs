using System.Security.Cryptography;
using System.Text;

namespace Charter.Domain.Ballots;

/// <summary>
/// A vote on one subject (docs/ARCHITECTURE.md, "Ballots"). Pure rules: the clock comes in as a
/// <see cref="TimeProvider"/>, storage and concurrency are the caller's (one writer at a time).
///
/// Invariants: the electorate is fixed when the ballot opens; each voter has exactly one current
/// vote, the latest of their records in <see cref="History"/>, which only grows; the tally is a
/// count of current votes and always equals <see cref="BallotTally.Recount"/> over the history;
/// no vote is taken at or after the deadline or after a close.
///
/// Secret ballots: records carry no member id but a voter key, HMAC-SHA256 of the member id under
/// a random key the ballot holds while it is open, so a member can still change their vote. The
/// key is dropped at close: from then on nothing, not even the stored rows, links a voter to a
/// choice. Who voted (<see cref="Voters"/>) is kept in a separate set with no order or time.
/// </summary>
public sealed class Ballot
{
    private readonly HashSet<string> _electorate;
    private readonly List<VoteRecord> _history;
    private readonly Dictionary<string, VoteRecord> _current;
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
        _current = new Dictionary<string, VoteRecord>(StringComparer.Ordinal);
        foreach (var record in _history)
        {
            _current[record.VoterKey] = record;
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

    /// <summary>Every vote ever cast, oldest first.</summary>
    public IReadOnlyList<VoteRecord> History => _history;

    /// <summary>Members who have voted, in ordinal order.</summary>
    public IReadOnlyCollection<string> Voters => _voters;

    /// <summary>The key secret votes are filed under while the ballot is open; null otherwise. Stored so a restart keeps it.</summary>
    public ReadOnlySpan<byte> SecretKey => _secretKey;

    public BallotTally Tally => new(
        _current.Values.Count(v => v.Option == BallotOption.Yes),
        _current.Values.Count(v => v.Option == BallotOption.No),
        _current.Values.Count(v => v.Option == BallotOption.Abstain),
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
        return new Ballot(id, subject, rules, members, now, deadline, secretKey, [], [], null, null);
    }

    /// <summary>Rebuilds a stored ballot exactly as it was saved.</summary>
    public static Ballot Restore(
        Guid id,
        BallotSubject subject,
        BallotRules rules,
        IEnumerable<string> electorate,
        DateTimeOffset openedAt,
        DateTimeOffset deadline,
        byte[]? secretKey,
        IEnumerable<VoteRecord> history,
        IEnumerable<string> voters,
        DateTimeOffset? closedAt,
        BallotOutcome? outcome) =>
        new(id, subject, rules, electorate, openedAt, deadline, secretKey, history, voters, closedAt, outcome);

    /// <summary>
    /// Casts or changes <paramref name="memberId"/>'s vote. The earlier vote stays in the history.
    /// </summary>
    /// <exception cref="BallotClosedException">The ballot is closed or its deadline has passed.</exception>
    /// <exception cref="NotInElectorateException">The member is not in the electorate.</exception>
    /// <exception cref="UnknownBallotOptionException">The option is not yes, no or abstain.</exception>
    public VoteRecord Cast(string memberId, BallotOption option, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        RequireOpen(now);
        if (!_electorate.Contains(memberId))
        {
            throw new NotInElectorateException(Id, memberId);
        }

        BallotOptions.Require(option);
        var record = Rules.Secret
            ? new VoteRecord(_history.Count + 1, SecretVoterKey(memberId), null, option, now)
            : new VoteRecord(_history.Count + 1, memberId, memberId, option, now);
        _history.Add(record);
        _current[record.VoterKey] = record;
        _voters.Add(memberId);
        return record;
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
        return key is not null && _current.TryGetValue(key, out var record) ? record.Option : null;
    }

    /// <summary>What <paramref name="viewerId"/> (null for someone not signed in) may see now.</summary>
    public BallotReport Report(string? viewerId, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var resultsVisible = IsClosed || !Rules.HideResultsUntilClose;
        var choices = resultsVisible && !Rules.Secret
            ? _current.Values.OrderBy(v => v.MemberId, StringComparer.Ordinal).Select(v => new MemberChoice(v.MemberId!, v.Option)).ToList()
            : null;
        var timeLeft = IsClosed || now >= Deadline ? TimeSpan.Zero : Deadline - now;
        return new BallotReport(
            Id,
            IsClosed,
            timeLeft,
            resultsVisible ? Tally : null,
            Outcome,
            [.. _voters],
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
