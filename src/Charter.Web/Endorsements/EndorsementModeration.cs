using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Versions;

namespace Charter.Web.Endorsements;

/// <summary>
/// What stewards do with endorsements: set who may sign (<see cref="SigningMode"/>) and hide spam.
/// Both are written to the audit log; a hidden endorsement is kept, but listed nowhere.
/// </summary>
public sealed class EndorsementModeration(
    EndorsementStore store,
    VersionStore versions,
    PeopleRoster roster,
    PublicSigningMail mail,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>Only active stewards moderate.</summary>
    public static bool MayModerate(PersonStanding? person) => person is { IsActive: true, Role: CharterRole.Steward };

    /// <summary>Whether visitors can be offered public signing: SMTP and a public address are configured.</summary>
    public bool PublicSigningAvailable => mail.IsAvailable;

    public async Task<SigningMode> SigningAsync(CancellationToken cancellationToken)
    {
        var charter = await versions.FindCharterAsync(cancellationToken);
        return charter is null ? SigningMode.Off : await store.GetSigningAsync(charter, cancellationToken);
    }

    /// <exception cref="EndorsementException">Not an active steward now, no charter, or public signing without mail.</exception>
    public async Task SetSigningAsync(PersonStanding? asker, SigningMode mode, CancellationToken cancellationToken)
    {
        var steward = await StewardAsync(asker, cancellationToken);
        var charter = await versions.FindCharterAsync(cancellationToken)
            ?? throw new EndorsementException("NoSuchVersion", "no charter is stored yet");
        if (mode == SigningMode.Public && !mail.IsAvailable)
        {
            throw new EndorsementException("PublicNeedsMail", "public signing needs SMTP and Charter:Mail:PublicUrl, to confirm each signer's e-mail");
        }

        var before = await store.GetSigningAsync(charter, cancellationToken);
        await store.SetSigningAsync(charter, mode, cancellationToken);
        await audit.AppendAsync(new AuditRecord(steward.Id, steward.DisplayName, AuditActions.SigningChanged, charter.Name, AuditDetails.SigningChanged.Write(before, mode)), cancellationToken);
    }

    /// <exception cref="EndorsementException">Not an active steward now, or the endorsement is not listed.</exception>
    public async Task HideAsync(PersonStanding? asker, long endorsementId, CancellationToken cancellationToken)
    {
        var steward = await StewardAsync(asker, cancellationToken);
        var charter = await versions.FindCharterAsync(cancellationToken);
        var record = charter is null ? null : await store.FindAsync(charter, endorsementId, cancellationToken);
        if (record is null || !await store.HideAsync(endorsementId, clock.GetUtcNow(), cancellationToken))
        {
            throw new EndorsementException("NotFound", "that endorsement is not listed any more");
        }

        await audit.AppendAsync(
            new AuditRecord(steward.Id, steward.DisplayName, AuditActions.EndorsementHidden, $"{charter!.Name} v{record.VersionNumber}", Endorsing.Describe(EndorsementStore.ToEndorsement(record))),
            cancellationToken);
    }

    private async Task<PersonStanding> StewardAsync(PersonStanding? asker, CancellationToken cancellationToken)
    {
        var person = asker is null ? null : await roster.FindAsync(asker.Id, cancellationToken);
        return MayModerate(person) ? person! : throw new EndorsementException("NotSteward", "only stewards can do this");
    }
}
