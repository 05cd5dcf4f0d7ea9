namespace Charter.Web.Audit;

/// <summary>The outcome of recomputing the audit chain.</summary>
/// <param name="EntriesChecked">How many entries were read.</param>
/// <param name="FirstBrokenSequence">The first entry whose stored hashes do not match, or null if none.</param>
/// <param name="Problem">What did not match, for that entry.</param>
public sealed record AuditVerification(int EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public bool IsIntact => FirstBrokenSequence is null;
}
