namespace Charter.Web.Audit;

/// <summary>What a caller asks <see cref="IAuditLog"/> to append; the log adds time, sequence and hashes.</summary>
/// <param name="ActorId">The person acting, or null when the app itself acts.</param>
/// <param name="ActorName">Their display name now.</param>
/// <param name="Action">A dotted action name, see <see cref="AuditActions"/>.</param>
/// <param name="Subject">What it was about.</param>
/// <param name="Details">Plain text; for a secret ballot never what was voted.</param>
public sealed record AuditRecord(string? ActorId, string ActorName, string Action, string Subject, string Details = "");
