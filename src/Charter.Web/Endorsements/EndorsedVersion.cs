using Charter.Domain.Versions;
using Charter.Web.Versions;

namespace Charter.Web.Endorsements;

/// <summary>The published version a signature is for: it must exist, and its hash comes from the chain.</summary>
internal static class EndorsedVersion
{
    /// <exception cref="EndorsementException">No such version (or no charter yet).</exception>
    public static async Task<(PublishedCharter Charter, CharterVersion Version)> FindAsync(VersionStore versions, int number, CancellationToken cancellationToken)
    {
        var charter = await versions.FindCharterAsync(cancellationToken);
        var version = charter is null ? null : await versions.FindAsync(charter, number, cancellationToken);
        return charter is null || version is null
            ? throw new EndorsementException("NoSuchVersion", $"there is no version {number}")
            : (charter, version);
    }
}
