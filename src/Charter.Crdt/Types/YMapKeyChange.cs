namespace Charter.Crdt.Types;

/// <summary>How one map key changed in a transaction, and the value it had before.</summary>
public sealed record YMapKeyChange(YMapKeyAction Action, object? OldValue);
