using System.Globalization;

namespace Charter.Web.Components.Governance;

/// <summary>
/// What a button on the clause page asks for: "verb", "verb:id", "vote:ballot:option" or, for an
/// organisation's vote in a per-organisation ballot, "vote:ballot:option:organisation". Parsing
/// never throws: anything malformed is null, and the page says it did not understand (an unknown
/// vote option is left to the ballot, which refuses it with its own reason).
/// </summary>
public sealed record ClauseCommand(string Verb, string Subject, string? Option, Guid? Organisation = null)
{
    public const string Propose = "propose";
    public const string Open = "open";
    public const string Withdraw = "withdraw";
    public const string Refresh = "refresh";
    public const string Comment = "comment";
    public const string Ballot = "ballot";
    public const string Vote = "vote";
    public const string Close = "close";

    /// <summary>The subject of a ballot on the clause as a whole, rather than on an amendment.</summary>
    public const string ClauseSubject = "clause";

    private static readonly string[] AmendmentVerbs = [Open, Withdraw, Refresh, Comment];
    private static readonly string[] BallotVerbs = [Vote, Close];

    /// <summary>The amendment or ballot the command is about.</summary>
    public Guid Id => Guid.Parse(Subject, CultureInfo.InvariantCulture);

    /// <summary>The id of the page element the command is about: where the reader lands afterwards.</summary>
    public string TargetId => Verb switch
    {
        _ when BallotVerbs.Contains(Verb) => BallotAnchor(Id),
        _ when AmendmentVerbs.Contains(Verb) => AmendmentAnchor(Id),
        Ballot when Subject != ClauseSubject => AmendmentAnchor(Id),
        Ballot => "clause-ballot",
        _ => "propose",
    };

    public static bool IsVerb(string verb) => verb is Propose or Open or Withdraw or Refresh or Comment or Ballot or Vote or Close;

    public static string AmendmentAnchor(Guid id) => $"amendment-{id:N}";

    public static string BallotAnchor(Guid id) => $"ballot-{id:N}";

    public static ClauseCommand? Parse(string text)
    {
        var parts = text.Split(':');
        var verb = parts[0];
        return (verb, parts.Length) switch
        {
            (Propose, 1) => new ClauseCommand(verb, "", null),
            (Ballot, 2) when parts[1] == ClauseSubject || Guid.TryParse(parts[1], out _) => new ClauseCommand(verb, parts[1], null),
            (Vote, 3) when Guid.TryParse(parts[1], out _) => new ClauseCommand(verb, parts[1], parts[2]),
            (Vote, 4) when Guid.TryParse(parts[1], out _) && Guid.TryParse(parts[3], out var organisation) => new ClauseCommand(verb, parts[1], parts[2], organisation),
            (_, 2) when (AmendmentVerbs.Contains(verb) || verb == Close) && Guid.TryParse(parts[1], out _) => new ClauseCommand(verb, parts[1], null),
            _ => null,
        };
    }
}
