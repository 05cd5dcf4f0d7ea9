namespace Charter.Web.History;

/// <summary>A kept state with the whole Doc as a V1 update.</summary>
public sealed record KeptState(HistoryEntry Entry, byte[] State);
