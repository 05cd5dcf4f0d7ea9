namespace Charter.Web.History;

/// <summary>A kept state of a charter as the history page lists it.</summary>
public sealed record HistoryEntry(long Id, DateTimeOffset TakenAt, string Reason, string? ActorName, string Note);
