namespace Charter.Web.Collaboration.Wire;

/// <summary>The y-protocols 1.0.7 sync message types, as the first varUint of a sync frame.</summary>
public enum SyncMessageType
{
    /// <summary>The sender's state vector: "send me what I lack".</summary>
    Step1 = 0,

    /// <summary>An update answering a step 1: what the other side lacked.</summary>
    Step2 = 1,

    /// <summary>An update made since the peers synced.</summary>
    Update = 2,
}
