namespace Charter.Web.Import;

/// <summary>Settings under <c>Charter</c> in configuration.</summary>
public sealed class DraftImportOptions
{
    public const string SectionName = "Charter";

    /// <summary>
    /// The folder of starting drafts imported on first start. Relative paths are taken from the
    /// repository root (see <see cref="Hosting.CharterPaths"/>).
    /// </summary>
    public string DraftsPath { get; set; } = "drafts";
}
