using System.Globalization;
using Charter.Web.Audit;
using Charter.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Accounts;

/// <summary>
/// An audit entry's details in the reader's language: the stored line is read back into its parts
/// (<see cref="AuditDetails"/>), and <c>Audit.Details.{shape}</c> says them, with roles, options,
/// outcomes and times in the reader's words. A line that fits no shape, or a word this version
/// does not know, is shown as stored: the audit page never shows less than what was written.
/// </summary>
public sealed class AuditDetailsText(IStringLocalizer<AccountsText> accounts, IStringLocalizer<AmendmentsText> amendments)
{
    public string Say(string action, string details)
    {
        if (AuditDetails.Read(action, details) is not { } read)
        {
            return details;
        }

        var words = read.Shape.Parts.Zip(read.Parts, Word).ToArray();
        if (words.Any(w => w is null))
        {
            return details;
        }

        var sentence = accounts[$"Audit.Details.{read.Shape.Name}", words!];
        return sentence.ResourceNotFound ? details : sentence.Value;
    }

    /// <summary>One part in the reader's words, or null when there are none for it.</summary>
    private string? Word(AuditDetailPart kind, string stored) => kind switch
    {
        AuditDetailPart.Text or AuditDetailPart.Number => stored,
        AuditDetailPart.Share => decimal.TryParse(stored.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var share)
            ? share.ToString("P0", CultureInfo.CurrentCulture)
            : null,
        AuditDetailPart.When => DateTimeOffset.TryParseExact(stored, "u", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? LocalDates.DateTime(at)
            : null,
        AuditDetailPart.Role => Found(accounts[$"Role.{stored}"]),
        AuditDetailPart.Option => Found(amendments[$"Option.{Capitalised(stored)}"]),
        AuditDetailPart.Outcome => Found(amendments[$"Outcome.{stored}"]),
        AuditDetailPart.Threshold => Found(amendments[$"Threshold.{stored}"]),
        AuditDetailPart.AmendmentKind => Found(amendments[$"Kind.{stored}"]),
        AuditDetailPart.Status => Found(amendments[$"Status.{stored}"]),
        AuditDetailPart.Unit => Found(amendments[$"Ballots.Unit.{Capitalised(stored)}"]),
        AuditDetailPart.Subject or AuditDetailPart.Secret or AuditDetailPart.Endorser or AuditDetailPart.Signing =>
            Found(accounts[$"Audit.Details.{kind}.{Capitalised(stored)}"]),
        _ => null,
    };

    private static string? Found(LocalizedString text) => text.ResourceNotFound ? null : text.Value;

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
