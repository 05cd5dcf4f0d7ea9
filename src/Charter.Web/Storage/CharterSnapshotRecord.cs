namespace Charter.Web.Storage;

/// <summary>
/// The whole Doc of a charter as one yjs update, covering every log row up to
/// <see cref="UpToSequence"/>. Loading applies it and then the log rows after it. One per charter.
/// </summary>
public sealed class CharterSnapshotRecord
{
    public int CharterId { get; set; }

    /// <summary>1 for a V1 update, 2 for V2.</summary>
    public int Format { get; set; }

    public required byte[] State { get; set; }

    public long UpToSequence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
