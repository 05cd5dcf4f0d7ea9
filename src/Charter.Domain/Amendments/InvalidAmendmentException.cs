namespace Charter.Domain.Amendments;

/// <summary>A proposal that cannot be made: missing title or rationale, unknown clause, bad or taken id, or no change.</summary>
public sealed class InvalidAmendmentException(AmendmentRefusal reason, string problem) : AmendmentException(reason, problem)
{
    public string Problem { get; } = problem;
}
