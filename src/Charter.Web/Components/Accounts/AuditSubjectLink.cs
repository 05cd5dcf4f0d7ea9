using System.Text.RegularExpressions;
using Charter.Web.Audit;

namespace Charter.Web.Components.Accounts;

/// <summary>
/// Where an audit entry's subject can be read today, as a link relative to the app's base: a
/// ballot at its own address (which leads to its clause), a published version at its page, a
/// restored clause at its page. Subjects with no page of their own (people, organisations,
/// invitations, deleted clauses) have none, and their details name them.
/// </summary>
public static partial class AuditSubjectLink
{
    public static string? For(string action, string subject)
    {
        if (action.StartsWith("ballot.", StringComparison.Ordinal))
        {
            return Guid.TryParse(subject, out var ballot) ? $"ballots/{ballot}" : null;
        }

        if (action == AuditActions.VersionPublished || action.StartsWith("endorsement.", StringComparison.Ordinal))
        {
            var version = VersionSubject().Match(subject);
            return version.Success ? $"v/{version.Groups["number"].Value}" : null;
        }

        if (action == AuditActions.ClauseRestored)
        {
            var clause = ClauseSubject().Match(subject);
            return clause.Success ? $"charters/{Uri.EscapeDataString(clause.Groups["charter"].Value)}/clauses/{Uri.EscapeDataString(clause.Groups["clause"].Value)}" : null;
        }

        return null;
    }

    /// <summary>"{charter} v{number}", as version and endorsement entries name their version.</summary>
    [GeneratedRegex(@" v(?<number>[0-9]+)$")]
    private static partial Regex VersionSubject();

    /// <summary>"{charter}/{clause id}".</summary>
    [GeneratedRegex(@"^(?<charter>[^/]+)/(?<clause>[^/]+)$")]
    private static partial Regex ClauseSubject();
}
