namespace Charter.Domain.Endorsements;

/// <summary>
/// The endorsements of one version as a reader sees them: organisations first, then people and
/// public signers, each group by country (no country last) and name; how many there are per
/// country; and who endorsed an earlier version but not this one, so they can be asked again.
/// </summary>
public sealed record EndorsementRoll(
    int VersionNumber,
    IReadOnlyList<Endorsement> Listed,
    IReadOnlyList<CountryCount> Countries,
    IReadOnlyList<Endorsement> NotReEndorsed)
{
    /// <param name="all">Every current endorsement of every version (withdrawn and hidden ones left out).</param>
    /// <param name="versionNumber">The version whose roll this is.</param>
    public static EndorsementRoll For(IEnumerable<Endorsement> all, int versionNumber)
    {
        ArgumentNullException.ThrowIfNull(all);
        var endorsements = all.ToList();
        var listed = Order(endorsements.Where(e => e.VersionNumber == versionNumber)).ToList();
        var signedThis = listed.Select(e => (e.Kind, e.EndorserKey)).ToHashSet();
        // Each earlier endorser once, by the latest earlier version they signed.
        var notReEndorsed = Order(endorsements
            .Where(e => e.VersionNumber < versionNumber && !signedThis.Contains((e.Kind, e.EndorserKey)))
            .GroupBy(e => (e.Kind, e.EndorserKey))
            .Select(g => g.MaxBy(e => e.VersionNumber)!)).ToList();
        var countries = listed
            .GroupBy(e => e.Country, StringComparer.Ordinal)
            .Select(g => new CountryCount(g.Key, g.Count(e => e.Kind == EndorserKind.Organisation), g.Count(e => e.Kind != EndorserKind.Organisation)))
            .OrderBy(c => c.Country.Length == 0)
            .ThenBy(c => c.Country, StringComparer.Ordinal)
            .ToList();
        return new EndorsementRoll(versionNumber, listed, countries, notReEndorsed);
    }

    /// <summary>Organisations, then people and public signers; within each, by country (none last), then name.</summary>
    public static IEnumerable<Endorsement> Order(IEnumerable<Endorsement> endorsements) =>
        endorsements
            .OrderBy(e => e.Kind == EndorserKind.Organisation ? 0 : 1)
            .ThenBy(e => e.Country.Length == 0)
            .ThenBy(e => e.Country, StringComparer.Ordinal)
            .ThenBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(e => e.Id);
}

/// <summary>How many organisations and how many people (members and public signers) from one country endorsed; an empty code counts those who named none.</summary>
public sealed record CountryCount(string Country, int Organisations, int People)
{
    public int Total => Organisations + People;
}
