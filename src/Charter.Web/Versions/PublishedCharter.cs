namespace Charter.Web.Versions;

/// <summary>The charter whose versions are shown: its row id and its name (the file stem used in downloads).</summary>
public sealed record PublishedCharter(int Id, string Name);
