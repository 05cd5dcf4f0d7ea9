using System.Text;
using Charter.Domain.Ballots;
using Charter.Domain.Diffs;
using Charter.Domain.Drafts;

namespace Charter.Domain.Versions;

/// <summary>
/// What changed since the previous version: the amendments adopted in between, with their
/// tallies and links, and the clauses changed by direct editing. A clause that an adopted
/// amendment names is listed under the amendment only; renumbering alone is not a change.
/// </summary>
/// <param name="IsFirstVersion">True for version 1, which has nothing to compare with.</param>
public sealed record Changelog(bool IsFirstVersion, IReadOnlyList<AdoptedAmendment> Amendments, IReadOnlyList<DirectEdit> DirectEdits)
{
    /// <param name="previous">The previous version's text; null when publishing version 1.</param>
    /// <param name="current">The text being published.</param>
    /// <param name="adopted">Amendments adopted since the previous version, in any order.</param>
    public static Changelog Build(CharterDraft? previous, CharterDraft current, IReadOnlyList<AdoptedAmendment> adopted)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(adopted);
        var amendments = adopted.OrderBy(a => a.AdoptedAt).ThenBy(a => a.Title, StringComparer.Ordinal).ToList();
        if (previous is null)
        {
            return new Changelog(true, amendments, []);
        }

        var amended = amendments.Select(a => a.ClauseId).ToHashSet(StringComparer.Ordinal);
        var edits = CharterComparer.Compare(previous, current).Clauses
            .Select(c => (Clause: c, Kinds: c.Kinds & ~ClauseChangeKinds.Renumbered))
            .Where(c => c.Kinds != ClauseChangeKinds.Unchanged && !amended.Contains(c.Clause.Id))
            .Select(c => new DirectEdit(
                c.Clause.Id,
                c.Clause.Has(ClauseChangeKinds.Removed) ? c.Clause.Title.Old : c.Clause.Title.New,
                (c.Clause.NewNumber ?? c.Clause.OldNumber)!.Value,
                c.Kinds))
            .ToList();
        return new Changelog(false, amendments, edits);
    }

    /// <summary>The changelog as Markdown (English), as the version archive carries it.</summary>
    public string ToMarkdown(int versionNumber)
    {
        var text = new StringBuilder();
        text.Append("# Changes in version ").Append(versionNumber).Append("\n\n");
        if (IsFirstVersion)
        {
            text.Append("The first published version.\n");
        }
        else if (Amendments.Count == 0 && DirectEdits.Count == 0)
        {
            text.Append("No clause changed since version ").Append(versionNumber - 1).Append(".\n");
        }

        if (Amendments.Count > 0)
        {
            text.Append(IsFirstVersion ? "\n" : string.Empty).Append("## Adopted amendments\n\n");
            foreach (var amendment in Amendments)
            {
                text.Append("- [").Append(Escape(amendment.Title)).Append("](").Append(amendment.Link).Append(") (")
                    .Append(amendment.ClauseId).Append("): ").Append(Describe(amendment.Tally)).Append('\n');
            }
        }

        if (DirectEdits.Count > 0)
        {
            text.Append(Amendments.Count > 0 ? "\n" : string.Empty).Append("## Direct edits\n\n");
            foreach (var edit in DirectEdits)
            {
                text.Append("- Article ").Append(edit.Number).Append(". ").Append(Escape(edit.Title))
                    .Append(" (").Append(edit.ClauseId).Append("): ").Append(Describe(edit.Kinds)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Describe(ClauseChangeKinds kinds) => string.Join(", ",
        new[] { ClauseChangeKinds.Added, ClauseChangeKinds.Removed, ClauseChangeKinds.Edited, ClauseChangeKinds.Moved }
            .Where(k => kinds.HasFlag(k))
            .Select(k => k.ToString().ToLowerInvariant()));

    /// <summary>The count as published changelogs have always shown it; the electorate is not part of it.</summary>
    private static string Describe(BallotTally tally) =>
        FormattableString.Invariant($"{tally.Yes} yes, {tally.No} no, {tally.Abstain} abstain");

    private static string Escape(string text) => text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
