using Charter.Domain.Drafts;
using Charter.Web.Hosting;
using Charter.Web.Storage;
using Microsoft.Extensions.Options;

namespace Charter.Web.Import;

/// <summary>
/// On first start (no charter stored) loads the drafts folder and stores it; later starts keep
/// what is stored. A malformed draft stops the start with its <see cref="DraftFormatException"/>
/// (file, line, problem) and leaves the database empty.
/// </summary>
public sealed partial class FirstStartImport(
    DraftImporter importer,
    CharterStore store,
    IOptions<DraftImportOptions> options,
    CharterPaths paths,
    ILogger<FirstStartImport> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Checked before touching drafts/ so that a stored charter never depends on the folder
        // still being there or still being valid; the importer checks again inside its transaction.
        if ((await store.ListNamesAsync(cancellationToken)).Count > 0)
        {
            LogAlreadyImported(logger);
            return;
        }

        var draftsPath = paths.Resolve(options.Value.DraftsPath);
        if (!Directory.Exists(draftsPath))
        {
            throw new DirectoryNotFoundException(
                $"The drafts folder '{draftsPath}' does not exist. Set Charter:DraftsPath to the folder of starting drafts.");
        }

        var sets = DraftFolder.Load(draftsPath);
        var imported = await importer.ImportIntoEmptyDatabaseAsync(sets, cancellationToken);
        foreach (var set in imported)
        {
            LogImported(
                logger,
                set.Name,
                set.Source.Language,
                set.Source.Clauses.Count(),
                set.Source.Parts.Count,
                string.Join(", ", set.Translations.Keys),
                draftsPath);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Charters already stored; drafts not imported.")]
    private static partial void LogAlreadyImported(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Imported charter {Name} ({SourceLanguage}, {ClauseCount} clauses in {PartCount} parts; translations: {Languages}) from {DraftsPath}.")]
    private static partial void LogImported(
        ILogger logger, string name, string sourceLanguage, int clauseCount, int partCount, string languages, string draftsPath);
}
