namespace Charter.Domain.Drafts;

/// <summary>
/// A charter as Markdown describes it: a title, a preamble and clauses grouped in parts.
/// The source text and each translation are one <see cref="CharterDraft"/> apiece; a translation
/// uses the same part and clause ids as its source. Numbers ("Article 7") are never stored: they
/// derive from the order of the clauses.
/// </summary>
/// <param name="Language">BCP 47 language tag of this text, such as <c>en</c> or <c>es</c>.</param>
/// <param name="Title">The charter's title, plain text.</param>
/// <param name="Preamble">The preamble as Markdown; may be empty.</param>
/// <param name="Parts">The parts in display order.</param>
public sealed record CharterDraft(string Language, string Title, string Preamble, IReadOnlyList<Part> Parts)
{
    /// <summary>Every clause in display order, across parts.</summary>
    public IEnumerable<Clause> Clauses => Parts.SelectMany(p => p.Clauses);

    public bool Equals(CharterDraft? other) =>
        other is not null
        && Language == other.Language
        && Title == other.Title
        && Preamble == other.Preamble
        && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() => HashCode.Combine(Language, Title, Preamble, Parts.Count);
}

/// <summary>A group of clauses under a heading of its own, with a stable id (<c>p-…</c>).</summary>
public sealed record Part(string Id, string Title, IReadOnlyList<Clause> Clauses)
{
    public bool Equals(Part? other) =>
        other is not null && Id == other.Id && Title == other.Title && Clauses.SequenceEqual(other.Clauses);

    public override int GetHashCode() => HashCode.Combine(Id, Title, Clauses.Count);
}

/// <summary>One clause: a stable id (<c>c-…</c>), a plain-text title and a Markdown body.</summary>
public sealed record Clause(string Id, string Title, string Body);
