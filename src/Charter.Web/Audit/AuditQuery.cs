namespace Charter.Web.Audit;

/// <summary>Filters for the stewards' audit page; null means "any".</summary>
/// <param name="Action">Exact action name, or a prefix ending in a dot such as <c>person.</c>.</param>
/// <param name="Actor">Part of the actor's display name, ignoring case.</param>
/// <param name="From">Entries at or after this time.</param>
/// <param name="Until">Entries before this time.</param>
/// <param name="Limit">At most this many, newest first.</param>
public sealed record AuditQuery(string? Action = null, string? Actor = null, DateTimeOffset? From = null, DateTimeOffset? Until = null, int Limit = 200);
