namespace Charter.Web.Storage;

/// <summary>
/// One charter: its name and when it was first stored. Its text lives only in its Y.Doc, stored
/// as a <see cref="CharterSnapshotRecord"/> plus the <see cref="CharterUpdateRecord"/>s after it.
/// <see cref="Name"/> is the draft's file name without extension, unique, and the Doc's name.
/// </summary>
public sealed class CharterRecord
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
