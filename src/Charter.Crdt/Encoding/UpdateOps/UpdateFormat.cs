using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>yjs's two update encodings.</summary>
public enum UpdateFormat
{
    V1,
    V2,
}

internal static class UpdateFormatExtensions
{
    public static IUpdateDecoder CreateDecoder(this UpdateFormat format, byte[] update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var decoder = new Lib0Decoder(update);
        return format == UpdateFormat.V1 ? new UpdateDecoderV1(decoder) : new UpdateDecoderV2(decoder);
    }

    public static IUpdateEncoder CreateEncoder(this UpdateFormat format) =>
        format == UpdateFormat.V1 ? new UpdateEncoderV1() : new UpdateEncoderV2();
}
