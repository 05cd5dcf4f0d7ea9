using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Charter.Domain.Endorsements;

namespace Charter.Domain.Versions;

/// <summary>
/// Every version of a charter in one <c>.zip</c>, byte for byte the same each time it is built
/// from the same versions (fixed entry order and timestamps), so mirrors can compare archives by
/// hash. Layout, for a charter named <c>bill-of-rights</c>:
/// <code>
/// v1/bill-of-rights.md        the version's source text
/// v1/bill-of-rights.es.md     each translation, stale clauses listed in its front matter
/// v1/CHANGELOG.md             the changelog
/// ...
/// ENDORSEMENTS.md             every current endorsement with the version hash it names (when given)
/// endorsements.json           the same, for programs (see EndorsementFiles)
/// manifest.json               charter, and per version: number, published at, publisher, notes,
///                             previous hash, hash, and each file's SHA-256
/// SHA256SUMS                  every file above in `sha256sum -c` format
/// </code>
/// </summary>
public static class VersionArchive
{
    /// <summary>The timestamp every entry carries (the earliest a zip can store).</summary>
    public static readonly DateTimeOffset EntryTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="charterName">The file stem of the versions' Markdown.</param>
    /// <param name="versions">Every version, oldest first.</param>
    /// <param name="endorsements">The endorsements to list; null leaves both endorsement files out.</param>
    public static byte[] Create(string charterName, IReadOnlyList<CharterVersion> versions, IReadOnlyList<Endorsement>? endorsements = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(charterName);
        ArgumentNullException.ThrowIfNull(versions);
        var files = new List<(string Path, byte[] Bytes)>();
        foreach (var version in versions)
        {
            files.Add(($"v{version.Number}/{charterName}.md", Utf8.GetBytes(version.Markdown)));
            foreach (var translation in version.Translations.OrderBy(t => t.Language, StringComparer.Ordinal))
            {
                files.Add(($"v{version.Number}/{charterName}.{translation.Language}.md", Utf8.GetBytes(translation.Markdown)));
            }

            files.Add(($"v{version.Number}/CHANGELOG.md", Utf8.GetBytes(version.Changelog.ToMarkdown(version.Number))));
        }

        if (endorsements is not null)
        {
            files.Add((EndorsementFiles.MarkdownName, Utf8.GetBytes(EndorsementFiles.Markdown(charterName, endorsements))));
            files.Add((EndorsementFiles.JsonName, Utf8.GetBytes(EndorsementFiles.Json(charterName, endorsements))));
        }

        files.Add(("manifest.json", Manifest(charterName, versions, files)));
        var sums = new StringBuilder();
        foreach (var (path, bytes) in files)
        {
            sums.Append(Sha256(bytes)).Append("  ").Append(path).Append('\n');
        }

        files.Add(("SHA256SUMS", Utf8.GetBytes(sums.ToString())));

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in files)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTimestamp;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private static byte[] Manifest(string charterName, IReadOnlyList<CharterVersion> versions, List<(string Path, byte[] Bytes)> files)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("charter", charterName);
            json.WriteString("hash", "sha256(utf8(markdown) || previousHash as lowercase hex)");
            json.WriteStartArray("versions");
            foreach (var version in versions)
            {
                json.WriteStartObject();
                json.WriteNumber("number", version.Number);
                json.WriteString("publishedAt", version.PublishedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("publisher", version.Publisher);
                json.WriteString("notes", version.Notes);
                json.WriteString("previousHash", version.PreviousHash);
                json.WriteString("hash", version.Hash);
                json.WriteStartObject("files");
                var prefix = $"v{version.Number}/";
                foreach (var (path, bytes) in files.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    json.WriteString(path, Sha256(bytes));
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return [.. buffer.ToArray(), (byte)'\n'];
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
