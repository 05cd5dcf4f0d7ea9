namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// yjs's <c>convertUpdateFormat</c>: re-writes every block and the delete set with another encoder.
/// With <c>preserveRawFields</c> the original info bytes and subdocument options are kept, which makes
/// decode-then-encode in the same format reproduce the input exactly.
/// </summary>
internal static class UpdateConversion
{
    public static byte[] Convert(byte[] update, UpdateFormat from, UpdateFormat to, bool preserveRawFields = false)
    {
        var decoder = from.CreateDecoder(update);
        var reader = new LazyStructReader(decoder, update.Length, filterSkips: false);
        var encoder = to.CreateEncoder();
        var writer = new LazyStructWriter(encoder, preserveRawFields);
        for (var block = reader.Current; block is not null; block = reader.Next())
        {
            writer.Write(block, 0);
        }

        writer.Finish();
        UpdateDeleteSet.Read(decoder).Write(encoder);
        return encoder.ToArray();
    }

    public static DecodedUpdate Decode(byte[] update, UpdateFormat format)
    {
        var decoder = format.CreateDecoder(update);
        var reader = new LazyStructReader(decoder, update.Length, filterSkips: false);
        var blocks = new List<UpdateBlock>();
        for (var block = reader.Current; block is not null; block = reader.Next())
        {
            blocks.Add(block);
        }

        return new DecodedUpdate(blocks, UpdateDeleteSet.Read(decoder));
    }

    public static byte[] Encode(DecodedUpdate update, UpdateFormat format, bool preserveRawFields)
    {
        var encoder = format.CreateEncoder();
        var writer = new LazyStructWriter(encoder, preserveRawFields);
        foreach (var block in update.Blocks)
        {
            writer.Write(block, 0);
        }

        writer.Finish();
        update.DeleteSet.Write(encoder);
        return encoder.ToArray();
    }
}
