using Charter.Domain.Drafts;

namespace Charter.Domain.Tests.Drafts;

public sealed class DraftMarkdownRoundTripTests
{
    public static TheoryData<string> Samples => [SampleDrafts.Minimal, SampleDrafts.Rich];

    [Theory]
    [MemberData(nameof(Samples))]
    public void ExportImport_Sample_IsFixedPoint(string markdown)
    {
        AssertRoundTrips(markdown, "sample.md");
    }

    [Fact]
    public void ExportImport_EveryFileInDraftsFolder_IsFixedPoint()
    {
        foreach (var file in DraftFiles())
        {
            AssertRoundTrips(File.ReadAllText(file), Path.GetFileName(file));
        }
    }

    [Fact]
    public void Export_EveryFileInDraftsFolder_ReproducesTheFileExactly()
    {
        foreach (var file in DraftFiles())
        {
            var markdown = File.ReadAllText(file);

            Assert.Equal(markdown, DraftMarkdown.Export(DraftMarkdown.Import(markdown, Path.GetFileName(file))));
        }
    }

    /// <summary>The real drafts; an empty folder fails rather than passing vacuously.</summary>
    private static List<string> DraftFiles()
    {
        var files = Directory.Exists(RepositoryRoot.DraftsFolder)
            ? Directory.GetFiles(RepositoryRoot.DraftsFolder, "*.md")
                .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        Assert.True(files.Count > 0, $"no draft .md files in {RepositoryRoot.DraftsFolder}");
        return files;
    }

    private static void AssertRoundTrips(string markdown, string fileName)
    {
        var imported = DraftMarkdown.Import(markdown, fileName);
        var exported = DraftMarkdown.Export(imported);
        var reimported = DraftMarkdown.Import(exported, fileName);

        Assert.Equal(imported, reimported);
        Assert.Equal(exported, DraftMarkdown.Export(reimported));
        Assert.StartsWith($"---\nlanguage: {imported.Language}\n---\n\n# ", exported);
        Assert.True(exported.EndsWith('\n') && !exported.EndsWith("\n\n", StringComparison.Ordinal), "exactly one trailing newline");
    }
}
