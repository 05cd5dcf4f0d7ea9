namespace Charter.Crdt.Lib0;

/// <summary>
/// The JavaScript value <c>undefined</c>, which lib0's <c>writeAny</c> encodes with its own tag (127)
/// and which must survive a decode/encode round trip distinct from <c>null</c>.
/// </summary>
public sealed class Undefined
{
    public static readonly Undefined Value = new();

    private Undefined()
    {
    }

    public override string ToString() => "undefined";
}
