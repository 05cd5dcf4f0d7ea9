using Charter.Crdt;
using Charter.Crdt.Encoding.UpdateOps;

namespace Charter.Web.Collaboration.Admission;

/// <summary>An update waiting for admission: the Doc as it is, the update decoded, and who sent it.</summary>
public sealed class UpdateCandidate(Doc doc, byte[] update, DecodedUpdate decoded, UpdateOrigin origin)
{
    /// <summary>The charter's Doc before the update; checks only read it.</summary>
    public Doc Doc { get; } = doc;

    /// <summary>The V1 update as sent.</summary>
    public byte[] Update { get; } = update;

    public DecodedUpdate Decoded { get; } = decoded;

    public UpdateOrigin Origin { get; } = origin;

    /// <summary>
    /// Set by a check when the Doc's pending structs must be dropped before the update is applied
    /// (they would otherwise be completed by it into something the check refuses).
    /// </summary>
    public bool DropPending { get; set; }
}
