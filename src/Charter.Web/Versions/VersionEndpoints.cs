using System.Text;
using Charter.Domain.Endorsements;
using Charter.Domain.Versions;
using Charter.Web.Accounts;

namespace Charter.Web.Versions;

/// <summary>
/// Downloads and the chain check, readable by whoever may read the charter
/// (<see cref="CharterPolicies.VersionReader"/>: visitors too, unless <c>Charter:Access:Visitors</c> is <c>Nobody</c>).
/// </summary>
public static class VersionEndpoints
{
    public static IEndpointRouteBuilder MapCharterVersions(this IEndpointRouteBuilder endpoints)
    {
        var versions = endpoints.MapGroup("").RequireAuthorization(CharterPolicies.VersionReader).WithTags("Versions");
        versions.MapGet("/v/{number:int}.md", GetMarkdownAsync);
        versions.MapGet("/v/{number:int}.{language}.md", GetTranslationAsync);
        versions.MapGet("/compare/{from:int}...{to:int}.diff", GetDiffAsync);
        versions.MapGet("/versions.zip", GetArchiveAsync);
        versions.MapGet("/versions/verify", VerifyAsync);
        return endpoints;
    }

    private static async Task<IResult> GetMarkdownAsync(int number, VersionStore store, CancellationToken cancellationToken)
    {
        var charter = await store.FindCharterAsync(cancellationToken);
        var version = charter is null ? null : await store.FindAsync(charter, number, cancellationToken);
        return version is null
            ? NoSuchVersion(number)
            : Text(version.Markdown, VersionDownloads.MarkdownType, VersionDownloads.MarkdownFileName(charter!, number));
    }

    private static async Task<IResult> GetTranslationAsync(int number, string language, VersionStore store, CancellationToken cancellationToken)
    {
        var charter = await store.FindCharterAsync(cancellationToken);
        var version = charter is null ? null : await store.FindAsync(charter, number, cancellationToken);
        if (version is null)
        {
            return NoSuchVersion(number);
        }

        var translation = version.Translations.FirstOrDefault(t => t.Language == language);
        return translation is null
            ? Results.Problem($"version {number} has no translation in '{language}'", statusCode: StatusCodes.Status404NotFound)
            : Text(translation.Markdown, VersionDownloads.MarkdownType, VersionDownloads.TranslationFileName(charter!, number, language));
    }

    private static async Task<IResult> GetDiffAsync(int from, int to, VersionStore store, CancellationToken cancellationToken)
    {
        var charter = await store.FindCharterAsync(cancellationToken);
        if (charter is null)
        {
            return NoSuchVersion(from);
        }

        var older = await store.FindAsync(charter, from, cancellationToken);
        var newer = await store.FindAsync(charter, to, cancellationToken);
        if (older is null || newer is null)
        {
            return NoSuchVersion(older is null ? from : to);
        }

        return Text(VersionDownloads.Diff(charter, older, newer), VersionDownloads.DiffType, VersionDownloads.DiffFileName(charter, from, to));
    }

    private static async Task<IResult> GetArchiveAsync(VersionStore store, IVersionEndorsements endorsements, CancellationToken cancellationToken)
    {
        var charter = await store.FindCharterAsync(cancellationToken);
        if (charter is null)
        {
            return Results.Problem("no charter is stored yet", statusCode: StatusCodes.Status404NotFound);
        }

        var versions = await store.ListAsync(charter, cancellationToken);
        var listed = await endorsements.ListAsync(charter, cancellationToken);
        return Results.File(VersionArchive.Create(charter.Name, versions, listed), VersionDownloads.ZipType, VersionDownloads.ArchiveFileName(charter));
    }

    private static async Task<IResult> VerifyAsync(VersionStore store, IVersionEndorsements endorsements, CancellationToken cancellationToken)
    {
        var charter = await store.FindCharterAsync(cancellationToken);
        var versions = charter is null ? [] : await store.ListAsync(charter, cancellationToken);
        var result = VersionChain.Verify(versions);
        var signatures = EndorsementVerification.Verify(versions, charter is null ? [] : await endorsements.ListAsync(charter, cancellationToken));
        return Results.Json(new
        {
            charter = charter?.Name,
            intact = result.IsIntact,
            versions = result.VersionCount,
            firstBrokenVersion = result.FirstBrokenNumber,
            problem = result.Problem,
            latestHash = result.IsIntact ? result.LatestHash : null,
            endorsements = signatures.Checked,
            endorsementsHold = signatures.AllHold,
            endorsementProblems = signatures.Problems,
        });
    }

    private static IResult NoSuchVersion(int number) =>
        Results.Problem($"there is no version {number}", statusCode: StatusCodes.Status404NotFound);

    private static IResult Text(string text, string contentType, string fileName) =>
        Results.File(new UTF8Encoding(false).GetBytes(text), contentType, fileName);
}
