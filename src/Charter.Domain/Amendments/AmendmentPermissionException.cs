namespace Charter.Domain.Amendments;

/// <summary>Someone other than the author tried an author-only action, or the author tried one too late.</summary>
public sealed class AmendmentPermissionException(AmendmentRefusal reason, string message) : AmendmentException(reason, message);
