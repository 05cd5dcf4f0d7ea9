using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Governance;

/// <summary>
/// Turns a governance refusal into what the person reads, in their language: the domain's
/// exceptions carry a reason code, and each code has its text in the Amendments resources.
/// The exception's own (English) message is for logs.
/// </summary>
public static class GovernanceRefusalText
{
    /// <summary>Whether <paramref name="error"/> is a refusal this maps, rather than a fault.</summary>
    public static bool IsRefusal(Exception error) =>
        error is AmendmentException or BallotException or GovernanceDeniedException or GovernanceNotFoundException;

    /// <summary>The key of the text for <paramref name="error"/>, one of <see cref="IsRefusal"/>'s kinds.</summary>
    public static string KeyOf(Exception error) => error switch
    {
        BallotException ballot => BallotKey(ballot.Reason),
        AmendmentException amendment => AmendmentKey(amendment.Reason),
        GovernanceDeniedException denied => DeniedKey(denied.Reason),
        GovernanceNotFoundException => "Refusal.NotFound",
        _ => throw new ArgumentException($"{error.GetType().Name} is not a governance refusal.", nameof(error)),
    };

    public static string Describe(Exception error, IStringLocalizer<AmendmentsText> text) => text[KeyOf(error)];

    public static string BallotKey(BallotRefusal reason) => $"Refusal.Ballot.{reason}";

    public static string AmendmentKey(AmendmentRefusal reason) => $"Refusal.Amendment.{reason}";

    public static string DeniedKey(GovernanceDenial reason) => $"Refusal.Denied.{reason}";
}
