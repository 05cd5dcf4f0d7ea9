namespace Charter.Crdt;

/// <summary>
/// Thrown when bytes that claim to be a lib0/yjs/y-protocols message cannot be decoded: a truncated
/// buffer, a length prefix larger than what remains, an unknown tag, an out-of-range integer.
/// Decoding validates before anything is mutated, so catching this leaves every document unchanged.
/// </summary>
public sealed class MalformedUpdateException : Exception
{
    public MalformedUpdateException(string problem, long? byteOffset = null)
        : base(byteOffset is { } offset ? $"{problem} (at byte offset {offset})" : problem)
    {
        Problem = problem;
        ByteOffset = byteOffset;
    }

    public MalformedUpdateException(string problem, Exception innerException)
        : base(problem, innerException)
    {
        Problem = problem;
    }

    /// <summary>What was wrong with the input, without the offset.</summary>
    public string Problem { get; }

    /// <summary>Offset into the decoded buffer where the problem was found, when known.</summary>
    public long? ByteOffset { get; }
}
