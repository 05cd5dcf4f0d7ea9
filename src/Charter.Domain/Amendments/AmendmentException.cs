namespace Charter.Domain.Amendments;

/// <summary>Base of every refusal about amendments; the message says what was wrong.</summary>
public abstract class AmendmentException(string message, Exception? inner = null) : Exception(message, inner);
