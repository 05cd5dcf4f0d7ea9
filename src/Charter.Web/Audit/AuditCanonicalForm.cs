using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Charter.Web.Audit;

/// <summary>
/// The bytes an audit entry's hash covers: the previous hash (32 bytes) followed by each field as
/// a 4-byte big-endian length and its UTF-8 bytes, in a fixed order (sequence, time as UTC
/// round-trip text, actor id, actor name, action, subject, details). Length prefixes make the
/// encoding unambiguous: no two different entries share bytes. Anyone can recompute it from an
/// export of the table.
/// </summary>
public static class AuditCanonicalForm
{
    public static readonly string GenesisHash = new('0', 64);

    public static string ComputeHash(string previousHash, AuditEntry entry)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Convert.FromHexString(previousHash));
        WriteField(buffer, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        WriteField(buffer, entry.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        WriteField(buffer, entry.ActorId ?? "");
        WriteField(buffer, entry.ActorName);
        WriteField(buffer, entry.Action);
        WriteField(buffer, entry.Subject);
        WriteField(buffer, entry.Details);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void WriteField(MemoryStream buffer, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }
}
