using Charter.Domain.Diffs;
using Charter.Domain.Versions;

namespace Charter.Web.Versions;

/// <summary>File names and bodies of the downloads, shared by the endpoints and the pages that link to them.</summary>
public static class VersionDownloads
{
    public const string MarkdownType = "text/markdown; charset=utf-8";
    public const string DiffType = "text/x-diff; charset=utf-8";
    public const string ZipType = "application/zip";

    public static string MarkdownFileName(PublishedCharter charter, int number) => $"{charter.Name}-v{number}.md";

    public static string TranslationFileName(PublishedCharter charter, int number, string language) => $"{charter.Name}-v{number}.{language}.md";

    public static string DiffFileName(PublishedCharter charter, int from, int to) => $"{charter.Name}-v{from}-v{to}.diff";

    public static string ArchiveFileName(PublishedCharter charter) => $"{charter.Name}-versions.zip";

    /// <summary>The unified diff between two versions' Markdown, labelled with the archive's paths.</summary>
    public static string Diff(PublishedCharter charter, CharterVersion from, CharterVersion to) =>
        UnifiedDiff.Create(from.Markdown, to.Markdown, $"v{from.Number}/{charter.Name}.md", $"v{to.Number}/{charter.Name}.md");
}
