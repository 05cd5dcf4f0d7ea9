using Charter.Web.Accounts;
using Charter.Web.Storage;

namespace Charter.Web.History;

/// <summary>
/// Who may see and restore earlier states (docs/HISTORY.md): active stewards the whole charter's
/// and every clause's; anyone who may edit, the history of a clause they edited themselves.
/// Pages ask it to show or hide; the restore service asks it again before changing anything.
/// </summary>
public sealed class HistoryAccess(CharterStore store)
{
    public static bool MaySeeCharter(PersonStanding? person) => person is { IsActive: true, Role: CharterRole.Steward };

    public async Task<bool> MaySeeClauseAsync(PersonStanding? person, string charter, string clauseId, CancellationToken cancellationToken)
    {
        if (MaySeeCharter(person))
        {
            return true;
        }

        return person is { CanEdit: true }
            && (await store.ClauseEditorsAsync(charter, clauseId, cancellationToken)).Contains(person.Id, StringComparer.Ordinal);
    }
}
