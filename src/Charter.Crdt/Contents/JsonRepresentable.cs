using Charter.Crdt.Lib0;

namespace Charter.Crdt.Contents;

/// <summary>
/// Format values and embeds travel as JSON in V1 but as "any" in V2, which can also hold
/// <c>undefined</c> and BigInt. A document holding such a value could never be encoded as V1 again
/// (yjs fails the same way), so V2 input carrying one is rejected while it is decoded.
/// </summary>
internal static class JsonRepresentable
{
    public static object? Check(object? value, string what)
    {
        try
        {
            JsJson.Stringify(value);
            return value;
        }
        catch (ArgumentException e)
        {
            throw new MalformedUpdateException($"The {what} has no JSON form: {e.Message}", e);
        }
    }
}
