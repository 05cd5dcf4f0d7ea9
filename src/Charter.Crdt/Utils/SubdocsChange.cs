namespace Charter.Crdt.Utils;

/// <summary>The subdocuments a transaction added, removed, or asked to load.</summary>
public sealed record SubdocsChange(IReadOnlySet<Doc> Added, IReadOnlySet<Doc> Removed, IReadOnlySet<Doc> Loaded);
