namespace Charter.Domain.Amendments;

/// <summary>The branch could not be merged into the live document; the document is unchanged.</summary>
public sealed class AmendmentMergeException(Guid amendmentId, string problem, Exception? inner = null)
    : AmendmentException(AmendmentRefusal.MergeFailed, $"Amendment {amendmentId} could not be merged: {problem}. The charter is unchanged.", inner);
