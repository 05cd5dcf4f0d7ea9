using Charter.Crdt.Encoding;

namespace Charter.Crdt.Types;

/// <summary>
/// Holds the content of a root type that an update referred to before anyone asked for it by type.
/// The first GetText/GetMap/GetArray call moves the content into the concrete type.
/// </summary>
internal sealed class RootPlaceholder : AbstractType
{
    public override object? ToJson() => null;

    internal override AbstractType CopyEmpty() => new RootPlaceholder();

    internal override void Write(IUpdateEncoder encoder) =>
        throw new InvalidOperationException("Root types are referred to by name and never written as content.");
}
