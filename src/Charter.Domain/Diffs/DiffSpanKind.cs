namespace Charter.Domain.Diffs;

public enum DiffSpanKind
{
    Unchanged,
    Deleted,
    Inserted,
}
