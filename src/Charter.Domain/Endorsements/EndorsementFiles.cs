using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Charter.Domain.Endorsements;

/// <summary>
/// The two endorsement files of the archive (docs/VERSIONS.md, "Endorsements"): <c>ENDORSEMENTS.md</c>
/// for people and <c>endorsements.json</c> for programs. Both list the same endorsements in the same
/// order (version, then <see cref="EndorsementRoll.Order"/>), each with the version hash it was made
/// on. Neither holds an e-mail address or an account id.
/// </summary>
public static class EndorsementFiles
{
    public const string MarkdownName = "ENDORSEMENTS.md";
    public const string JsonName = "endorsements.json";

    public static IEnumerable<Endorsement> InFileOrder(IEnumerable<Endorsement> endorsements) =>
        endorsements.GroupBy(e => e.VersionNumber).OrderBy(g => g.Key).SelectMany(EndorsementRoll.Order);

    public static string Markdown(string charterName, IEnumerable<Endorsement> endorsements)
    {
        var listed = InFileOrder(endorsements).ToList();
        var text = new StringBuilder();
        text.Append("# Endorsements of ").Append(charterName).Append("\n\n");
        text.Append("Each endorsement names the version it was made on and that version's hash, as in manifest.json.\n");
        text.Append("An endorsement binds only the text whose hash it names.\n\n");
        if (listed.Count == 0)
        {
            text.Append("No version has been endorsed yet.\n");
            return text.ToString();
        }

        text.Append("| Version | Version hash | Endorser | Kind | Signed by | Country | Endorsed |\n");
        text.Append("| --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var e in listed)
        {
            text.Append("| ").Append(e.VersionNumber.ToString(CultureInfo.InvariantCulture))
                .Append(" | `").Append(e.VersionHash).Append('`')
                .Append(" | ").Append(Cell(e.Name))
                .Append(" | ").Append(KindName(e.Kind))
                .Append(" | ").Append(Cell(e.SignedBy ?? ""))
                .Append(" | ").Append(e.Country)
                .Append(" | ").Append(Date(e.EndorsedAt))
                .Append(" |\n");
        }

        return text.ToString();
    }

    public static string Json(string charterName, IEnumerable<Endorsement> endorsements)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("charter", charterName);
            json.WriteStartArray("endorsements");
            foreach (var e in InFileOrder(endorsements))
            {
                json.WriteStartObject();
                json.WriteNumber("version", e.VersionNumber);
                json.WriteString("versionHash", e.VersionHash);
                json.WriteString("kind", KindName(e.Kind));
                json.WriteString("name", e.Name);
                if (e.SignedBy is not null)
                {
                    json.WriteString("signedBy", e.SignedBy);
                }

                json.WriteString("country", e.Country);
                json.WriteString("endorsedAt", e.EndorsedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The kind as written in both files: <c>organisation</c>, <c>person</c> or <c>public</c>.</summary>
    public static string KindName(EndorserKind kind) => kind.ToString().ToLowerInvariant();

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Names are one line when stored; a pipe would still end the table cell.</summary>
    private static string Cell(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
