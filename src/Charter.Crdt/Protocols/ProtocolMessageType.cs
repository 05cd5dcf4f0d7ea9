namespace Charter.Crdt.Protocols;

/// <summary>
/// The outer message type byte y-websocket (and Charter's hub) puts before each message, so one
/// channel can carry sync, awareness and auth messages.
/// </summary>
public enum ProtocolMessageType
{
    Sync = 0,
    Awareness = 1,
    Auth = 2,
    QueryAwareness = 3,
}
