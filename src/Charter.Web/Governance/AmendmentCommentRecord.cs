namespace Charter.Web.Governance;

/// <summary>One comment in an amendment's discussion; Markdown, rendered with <c>SafeMarkdown</c>.</summary>
public sealed class AmendmentCommentRecord
{
    public long Id { get; set; }

    public Guid AmendmentId { get; set; }

    public required string AuthorId { get; set; }

    public required string Markdown { get; set; }

    public DateTimeOffset PostedAt { get; set; }
}
