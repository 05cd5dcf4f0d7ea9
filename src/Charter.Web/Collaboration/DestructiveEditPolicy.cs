using System.Globalization;
using Charter.Crdt;
using Charter.Crdt.Encoding.UpdateOps;
using Charter.Web.Accounts;

namespace Charter.Web.Collaboration;

/// <summary>
/// Who may make destructive edits (docs/HISTORY.md): removing a clause or a part, or deleting more
/// than <see cref="CollaborationOptions.MaxDeleteShareForMembers"/> of the charter's text in one
/// update, is for stewards only. Asked by the session on its loop before an update touches the
/// Doc, so a refused update leaves nothing behind. Updates without a connection were made by the
/// server on someone's behalf (a restore, an adopted amendment, a translation command), and the
/// service that made them has checked that person's standing already.
/// </summary>
public static class DestructiveEditPolicy
{
    /// <summary>
    /// Refuses the update, or lets it through and returns what it destroys (with the state just
    /// before it) when it is destructive; null for ordinary edits.
    /// </summary>
    /// <exception cref="DestructiveEditRefusedException">Destructive, and the sender is not a steward.</exception>
    public static DestructiveEdit? Admit(Doc doc, DecodedUpdate update, UpdateOrigin origin, CollaborationOptions options)
    {
        var footprint = DeletionInspector.Inspect(doc, update);
        var tooMuchText = footprint.DeletedShare > options.MaxDeleteShareForMembers;
        if (!footprint.IsStructural && !tooMuchText)
        {
            return null;
        }

        if (origin.ConnectionId is not null && origin.SenderRole != CharterRole.Steward)
        {
            throw new DestructiveEditRefusedException(RefusalText(footprint, options));
        }

        return new DestructiveEdit(footprint, Y.EncodeStateAsUpdate(doc));
    }

    private static string RefusalText(DeletionFootprint footprint, CollaborationOptions options)
    {
        var what = footprint.IsStructural
            ? "removing " + string.Join(", ", footprint.Clauses.Select(c => $"clause '{c.Id}'")
                .Concat(footprint.Parts.Select(p => $"part '{p.Id}'")))
            : string.Create(CultureInfo.InvariantCulture,
                $"deleting {footprint.DeletedShare:P0} of the charter's text at once (more than {options.MaxDeleteShareForMembers:P0})");
        return $"Only stewards may make this change: {what}. Nothing was applied; ask a steward, who can also restore earlier text from the history.";
    }
}
