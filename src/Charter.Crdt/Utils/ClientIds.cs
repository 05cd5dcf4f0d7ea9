using System.Security.Cryptography;

namespace Charter.Crdt.Utils;

/// <summary>Random client ids: 53 bits from a cryptographic RNG, so two documents never share one by accident.</summary>
internal static class ClientIds
{
    public static long Generate()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return (long)(BitConverter.ToUInt64(bytes) & (ulong)Wire.MaxClock);
    }
}
