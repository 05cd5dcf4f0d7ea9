namespace Charter.Web.Storage;

/// <summary>A charter's signing setting; a charter without a row signs as members only.</summary>
public sealed class EndorsementSettingsRecord
{
    public int CharterId { get; set; }

    /// <summary><c>Off</c>, <c>MembersOnly</c> or <c>Public</c>.</summary>
    public string Signing { get; set; } = "";
}
