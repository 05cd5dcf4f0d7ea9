namespace Charter.Web.Storage;

/// <summary>
/// One endorsement of one published version (docs/VERSIONS.md, "Endorsements"). Rows are never
/// deleted: withdrawing or hiding one sets its time, and the audit log says who did it. A public
/// signer's row waits with no <see cref="ConfirmedAt"/> until they open the link mailed to them.
/// </summary>
public sealed class EndorsementRecord
{
    public long Id { get; set; }

    public int CharterId { get; set; }

    public int VersionNumber { get; set; }

    /// <summary>The version's hash when it was endorsed, copied from the chain.</summary>
    public string VersionHash { get; set; } = "";

    /// <summary><c>Organisation</c>, <c>Person</c> or <c>Public</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The organisation's or person's id, or for a public signer a hash of the normalised e-mail.</summary>
    public string EndorserKey { get; set; } = "";

    /// <summary>The person who acted: the signer, or the delegate for an organisation; null for a public signer.</summary>
    public string? PersonId { get; set; }

    /// <summary>The organisation's or signer's name as shown.</summary>
    public string Name { get; set; } = "";

    /// <summary>For an organisation, the delegate's name.</summary>
    public string? SignedBy { get; set; }

    /// <summary>A public signer's e-mail address, to confirm and never shown.</summary>
    public string? Email { get; set; }

    /// <summary>An ISO 3166 two-letter code, an organisation's country as its stewards wrote it when it names no known country, or empty.</summary>
    public string Country { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public DateTimeOffset? HiddenAt { get; set; }
}
