namespace Charter.Web.Governance;

/// <summary>Settings under <c>Charter:Governance</c>.</summary>
public sealed class GovernanceOptions
{
    /// <summary>How often due ballots are looked for; a ballot closes at most this long after its deadline.</summary>
    public TimeSpan DeadlinePollInterval { get; set; } = TimeSpan.FromSeconds(15);
}
