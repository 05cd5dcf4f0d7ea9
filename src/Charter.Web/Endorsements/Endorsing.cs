using Charter.Domain.Endorsements;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Storage;
using Charter.Web.Versions;

namespace Charter.Web.Endorsements;

/// <summary>
/// Endorsing a published version as a person with an account, for themselves or for an
/// organisation they are a delegate of, and withdrawing it (docs/VERSIONS.md, "Endorsements").
/// Deny by default: standing is read afresh from <see cref="PeopleRoster"/> and delegation from
/// <see cref="IEndorsingOrganisations"/> on every call; a page loaded earlier decides nothing.
/// </summary>
public sealed class Endorsing(
    EndorsementStore store,
    VersionStore versions,
    PeopleRoster roster,
    IEndorsingOrganisations organisations,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>What <paramref name="asker"/> may endorse as now: nothing, or themselves and these organisations.</summary>
    public async Task<EndorsingChoices> ChoicesAsync(PersonStanding? asker, CancellationToken cancellationToken)
    {
        var person = await ActiveAsync(asker, cancellationToken);
        if (person is null)
        {
            return EndorsingChoices.None;
        }

        var charter = await versions.FindCharterAsync(cancellationToken);
        var mode = charter is null ? SigningMode.Off : await store.GetSigningAsync(charter, cancellationToken);
        return new EndorsingChoices(person, mode != SigningMode.Off, await organisations.ListForDelegateAsync(person.Id, cancellationToken));
    }

    /// <param name="asker">Who asks; re-read from the roster by id.</param>
    /// <param name="versionNumber">The version to endorse; its hash is copied from the chain.</param>
    /// <param name="organisationId">The organisation to sign for, or null to sign personally.</param>
    /// <param name="country">A personal endorsement's country code, or empty; an organisation's is its own.</param>
    /// <exception cref="EndorsementException">Refused; nothing stored.</exception>
    public async Task<Endorsement> EndorseAsync(PersonStanding? asker, int versionNumber, string? organisationId, string? country, CancellationToken cancellationToken)
    {
        var person = await ActiveAsync(asker, cancellationToken)
            ?? throw new EndorsementException("NotAllowed", "only active people with an account can endorse here");
        var (charter, version) = await EndorsedVersion.FindAsync(versions, versionNumber, cancellationToken);

        if (await store.GetSigningAsync(charter, cancellationToken) == SigningMode.Off)
        {
            throw new EndorsementException("SigningClosed", "signing is closed for this charter");
        }

        var record = new EndorsementRecord
        {
            CharterId = charter.Id,
            VersionNumber = version.Number,
            VersionHash = version.Hash,
            PersonId = person.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        record.ConfirmedAt = record.CreatedAt;
        if (string.IsNullOrEmpty(organisationId))
        {
            record.Kind = nameof(EndorserKind.Person);
            record.EndorserKey = person.Id;
            record.Name = person.DisplayName;
            record.Country = Countries.Normalise(country) ?? throw new EndorsementException("CountryUnknown", $"'{country}' is not a country code this site knows");
        }
        else
        {
            var organisation = (await organisations.ListForDelegateAsync(person.Id, cancellationToken)).FirstOrDefault(o => o.Id == organisationId)
                ?? throw new EndorsementException("NotDelegate", "only a delegate of that organisation can endorse for it");
            record.Kind = nameof(EndorserKind.Organisation);
            record.EndorserKey = organisation.Id;
            record.Name = organisation.Name;
            record.SignedBy = person.DisplayName;
            record.Country = organisation.Country;
        }

        record.Id = await store.AddAsync(record, cancellationToken);
        var endorsement = EndorsementStore.ToEndorsement(record);
        await audit.AppendAsync(
            new AuditRecord(person.Id, person.DisplayName, AuditActions.EndorsementMade, $"{charter.Name} v{version.Number}", Describe(endorsement)),
            cancellationToken);
        return endorsement;
    }

    /// <summary>Withdraws a standing endorsement the asker may withdraw (<see cref="MayWithdraw"/>); it is no longer listed.</summary>
    /// <exception cref="EndorsementException">Refused, or already gone.</exception>
    public async Task WithdrawAsync(PersonStanding? asker, long endorsementId, CancellationToken cancellationToken)
    {
        var choices = await ChoicesAsync(asker, cancellationToken);
        var charter = await versions.FindCharterAsync(cancellationToken);
        var record = charter is null ? null : await store.FindAsync(charter, endorsementId, cancellationToken);
        if (record is null || record.WithdrawnAt is not null || record.HiddenAt is not null || record.ConfirmedAt is null)
        {
            throw new EndorsementException("NotFound", "that endorsement is not listed any more");
        }

        var endorsement = EndorsementStore.ToEndorsement(record);
        if (!choices.MayWithdraw(endorsement))
        {
            throw new EndorsementException("NotAllowed", "only the person who signed, or a delegate of the organisation, can withdraw it");
        }

        if (!await store.WithdrawAsync(endorsementId, clock.GetUtcNow(), cancellationToken))
        {
            throw new EndorsementException("NotFound", "that endorsement is not listed any more");
        }

        await audit.AppendAsync(
            new AuditRecord(choices.Person!.Id, choices.Person.DisplayName, AuditActions.EndorsementWithdrawn, $"{charter!.Name} v{record.VersionNumber}", Describe(endorsement)),
            cancellationToken);
    }

    /// <summary>How an endorsement is named in the audit log.</summary>
    public static string Describe(Endorsement e) =>
        e.SignedBy is null
            ? AuditDetails.Endorsement.Write(e.Kind, e.Name, e.VersionHash)
            : AuditDetails.EndorsementSignedBy.Write(e.Kind, e.Name, e.SignedBy, e.VersionHash);

    private async Task<PersonStanding?> ActiveAsync(PersonStanding? asker, CancellationToken cancellationToken)
    {
        var person = asker is null ? null : await roster.FindAsync(asker.Id, cancellationToken);
        return person is { IsActive: true } ? person : null;
    }
}
