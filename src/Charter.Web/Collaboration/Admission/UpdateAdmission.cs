using Charter.Crdt;
using Charter.Crdt.Encoding.UpdateOps;

namespace Charter.Web.Collaboration.Admission;

/// <summary>
/// The step between decoding an update and applying it: every registered <see cref="IUpdateCheck"/>
/// looks at the decoded update and the Doc as it is, and the first refusal stops the update before
/// anything is applied. The charter's shape (<see cref="CharterShapeAdmission"/>) and the bounds on
/// pending structs (<see cref="PendingUpdateBounds"/>) are checked here; a further rule is one more
/// registered check. See docs/COLLABORATION.md, "What an update may change".
/// </summary>
public sealed class UpdateAdmission(IEnumerable<IUpdateCheck> checks)
{
    private readonly IUpdateCheck[] _checks = [.. checks];

    /// <summary>
    /// Checks <paramref name="update"/> against <paramref name="doc"/>; returns it decoded when it
    /// may be applied, so later steps need not decode it again.
    /// </summary>
    /// <exception cref="MalformedUpdateException">The update cannot be decoded.</exception>
    /// <exception cref="UpdateRefusedException">A check refused it; the Doc is unchanged.</exception>
    public DecodedUpdate Admit(Doc doc, byte[] update, UpdateOrigin origin)
    {
        var decoded = Updates.DecodeUpdate(update);
        if (_checks.Length == 0)
        {
            return decoded;
        }

        var candidate = new UpdateCandidate(doc, update, decoded, origin);
        foreach (var check in _checks)
        {
            if (check.Check(candidate) is { } refusal)
            {
                throw new UpdateRefusedException(refusal);
            }
        }

        if (candidate.DropPending)
        {
            doc.DropPending();
        }

        return decoded;
    }
}
