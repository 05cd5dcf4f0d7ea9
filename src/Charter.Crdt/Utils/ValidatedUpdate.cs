using Charter.Crdt.Structs;

namespace Charter.Crdt.Utils;

/// <summary>An update decoded and validated in full, before any of it touches a document.</summary>
internal sealed class ValidatedUpdate(Dictionary<long, List<AbstractStruct>> structs, DeleteSet deleteSet)
{
    /// <summary>Per client, the structs in clock order.</summary>
    public Dictionary<long, List<AbstractStruct>> Structs { get; } = structs;

    public DeleteSet DeleteSet { get; } = deleteSet;
}
