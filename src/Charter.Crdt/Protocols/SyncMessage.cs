namespace Charter.Crdt.Protocols;

/// <summary>
/// A decoded sync message: for <see cref="SyncMessageType.SyncStep1"/> the payload is a state vector,
/// otherwise a V1 update.
/// </summary>
public sealed record SyncMessage(SyncMessageType Type, byte[] Payload);
