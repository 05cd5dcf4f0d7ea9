using Charter.Domain.Versions;

namespace Charter.Domain.Endorsements;

/// <summary>
/// Checks that every endorsement names a version in the chain and that version's hash, so each
/// one binds a text a reader can recompute (docs/VERSIONS.md, "Endorsements").
/// </summary>
/// <param name="Checked">How many endorsements were checked.</param>
/// <param name="Problems">One line per endorsement that does not hold, naming it; empty when all hold.</param>
public sealed record EndorsementVerification(int Checked, IReadOnlyList<string> Problems)
{
    public bool AllHold => Problems.Count == 0;

    public static EndorsementVerification Verify(IReadOnlyList<CharterVersion> versions, IEnumerable<Endorsement> endorsements)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var hashes = versions.ToDictionary(v => v.Number, v => v.Hash);
        var known = versions.Select(v => v.Hash).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var count = 0;
        foreach (var e in EndorsementFiles.InFileOrder(endorsements))
        {
            count++;
            var who = e.SignedBy is null ? $"'{e.Name}'" : $"'{e.Name}' (signed by '{e.SignedBy}')";
            if (!known.Contains(e.VersionHash))
            {
                problems.Add($"the endorsement by {who} of version {e.VersionNumber} names the hash '{e.VersionHash}', which no version in the chain has");
            }
            else if (!hashes.TryGetValue(e.VersionNumber, out var hash) || hash != e.VersionHash)
            {
                problems.Add($"the endorsement by {who} names version {e.VersionNumber} with the hash '{e.VersionHash}', which is the hash of another version");
            }
        }

        return new EndorsementVerification(count, problems);
    }
}
