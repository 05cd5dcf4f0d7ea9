namespace Charter.Crdt.Protocols;

/// <summary>The message types of y-protocols' sync protocol (the first var uint of a sync message).</summary>
public enum SyncMessageType
{
    /// <summary>Carries the sender's state vector; the receiver answers with step 2.</summary>
    SyncStep1 = 0,

    /// <summary>Carries the update the receiver of step 1 lacks.</summary>
    SyncStep2 = 1,

    /// <summary>Carries an incremental update.</summary>
    Update = 2,
}
