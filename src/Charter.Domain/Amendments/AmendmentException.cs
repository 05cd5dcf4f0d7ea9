namespace Charter.Domain.Amendments;

/// <summary>Base of every refusal about amendments; the message says what was wrong, in English.</summary>
public abstract class AmendmentException(AmendmentRefusal reason, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>What was wrong, for telling the person in their language.</summary>
    public AmendmentRefusal Reason { get; } = reason;
}
