namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// Update-level operations that need no document, as yjs's updates.js provides them. Every method
/// validates its input: malformed bytes throw <see cref="MalformedUpdateException"/>.
/// </summary>
public static class Updates
{
    public static byte[] MergeUpdates(IReadOnlyList<byte[]> updates) =>
        Guard(() => UpdateMerge.Merge(updates, UpdateFormat.V1, UpdateFormat.V1));

    public static byte[] MergeUpdatesV2(IReadOnlyList<byte[]> updates) =>
        Guard(() => UpdateMerge.Merge(updates, UpdateFormat.V2, UpdateFormat.V2));

    public static byte[] DiffUpdate(byte[] update, byte[] stateVector) =>
        Guard(() => UpdateDiff.Diff(update, stateVector, UpdateFormat.V1));

    public static byte[] DiffUpdateV2(byte[] update, byte[] stateVector) =>
        Guard(() => UpdateDiff.Diff(update, stateVector, UpdateFormat.V2));

    public static byte[] EncodeStateVectorFromUpdate(byte[] update) =>
        Guard(() => StateVectors.FromUpdate(update, UpdateFormat.V1));

    public static byte[] EncodeStateVectorFromUpdateV2(byte[] update) =>
        Guard(() => StateVectors.FromUpdate(update, UpdateFormat.V2));

    /// <summary>Per client, the clock range an update covers (yjs's <c>parseUpdateMeta</c>).</summary>
    public static UpdateMeta ParseUpdateMeta(byte[] update) =>
        Guard(() => UpdateMeta.Parse(update, UpdateFormat.V1));

    public static UpdateMeta ParseUpdateMetaV2(byte[] update) =>
        Guard(() => UpdateMeta.Parse(update, UpdateFormat.V2));

    public static byte[] ConvertUpdateFormatV1ToV2(byte[] update) =>
        Guard(() => UpdateConversion.Convert(update, UpdateFormat.V1, UpdateFormat.V2));

    public static byte[] ConvertUpdateFormatV2ToV1(byte[] update) =>
        Guard(() => UpdateConversion.Convert(update, UpdateFormat.V2, UpdateFormat.V1));

    /// <summary>The blocks and delete set of a V1 update, with raw fields kept (yjs's <c>decodeUpdate</c>).</summary>
    public static DecodedUpdate DecodeUpdate(byte[] update) =>
        Guard(() => UpdateConversion.Decode(update, UpdateFormat.V1));

    public static DecodedUpdate DecodeUpdateV2(byte[] update) =>
        Guard(() => UpdateConversion.Decode(update, UpdateFormat.V2));

    /// <summary>
    /// Encodes decoded blocks again. With <paramref name="preserveRawFields"/> the info bytes and
    /// subdocument options are written as they were read; otherwise as yjs writes them without a document.
    /// </summary>
    public static byte[] EncodeUpdate(DecodedUpdate update, UpdateFormat format, bool preserveRawFields = true) =>
        Guard(() => UpdateConversion.Encode(update, format, preserveRawFields));

    /// <summary>
    /// Values that decode but cannot be written in the target format (for example a BigInt embed, which
    /// JSON.stringify rejects when converting to V1) are reported as malformed input, not as a crash.
    /// </summary>
    private static T Guard<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            throw new MalformedUpdateException($"Update cannot be re-encoded: {e.Message}", e);
        }
    }
}
