using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Charter.Domain.Endorsements;
using Charter.Web.Audit;
using Charter.Web.Mail;
using Charter.Web.Storage;
using Charter.Web.Versions;

namespace Charter.Web.Endorsements;

/// <summary>
/// Visitors signing a published version as individuals (docs/VERSIONS.md, "Endorsements"): only
/// when the charter's setting is <see cref="SigningMode.Public"/> and mail is available, limited per
/// client address and per e-mail (<see cref="PublicSigningLimit"/>), and listed only once the
/// signer opens the confirmation link mailed to them. The mail also carries a withdraw link.
/// </summary>
public sealed class PublicSigning(
    EndorsementStore store,
    VersionStore versions,
    PublicSigningLimit limit,
    PublicSigningMail mail,
    EndorsementTokens tokens,
    IAuditLog audit,
    TimeProvider clock)
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 256;

    /// <param name="client">The client's address as <c>SignInAttempt.ClientOf</c> writes it.</param>
    /// <exception cref="EndorsementException">Refused (closed, no mail, too many, bad input, mail failed); nothing listed.</exception>
    public async Task SignAsync(int versionNumber, string? name, string? email, string? country, string client, CultureInfo language, CancellationToken cancellationToken)
    {
        var (charter, version) = await EndorsedVersion.FindAsync(versions, versionNumber, cancellationToken);

        if (await store.GetSigningAsync(charter, cancellationToken) != SigningMode.Public || !mail.IsAvailable)
        {
            throw new EndorsementException("PublicClosed", "this charter does not take public signatures");
        }

        // Counted before the input is read, so a flood of bad forms is limited too.
        if (!limit.TryTakeClient(client))
        {
            throw new EndorsementException("TooMany", "too many signatures from this address; try again in an hour");
        }

        name = name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            throw new EndorsementException("NameInvalid", $"write your name, on one line, in at most {MaxNameLength} characters");
        }

        var address = NormaliseEmail(email) ?? throw new EndorsementException("EmailInvalid", "write an e-mail address such as name@example.org");
        var code = Countries.Normalise(country) ?? throw new EndorsementException("CountryUnknown", $"'{country}' is not a country code this site knows");
        if (!limit.TryTakeEmail(address))
        {
            throw new EndorsementException("TooMany", "too many signatures for this e-mail address; try again in an hour");
        }

        var id = await store.AddAsync(new EndorsementRecord
        {
            CharterId = charter.Id,
            VersionNumber = version.Number,
            VersionHash = version.Hash,
            Kind = nameof(EndorserKind.Public),
            EndorserKey = EndorserKeyOf(address),
            Name = name,
            Email = address,
            Country = code,
            CreatedAt = clock.GetUtcNow(),
        }, cancellationToken);
        try
        {
            await mail.SendAsync(address, name, charter.Name, version.Number, id, language, cancellationToken);
        }
        catch (MailDeliveryException)
        {
            throw new EndorsementException("MailFailed", "the confirmation mail could not be sent; try again later");
        }
    }

    /// <summary>Lists the signature a confirm link names; false for a link that is expired, foreign or already used.</summary>
    /// <exception cref="EndorsementException"><c>AlreadyEndorsed</c>: this e-mail address already confirmed a signature of the version.</exception>
    public async Task<bool> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        var charter = await versions.FindCharterAsync(cancellationToken);
        if (charter is null || tokens.ConfirmedId(token) is not { } id || await store.FindAsync(charter, id, cancellationToken) is not { } record
            || !await store.ConfirmAsync(id, clock.GetUtcNow(), cancellationToken))
        {
            return false;
        }

        var endorsement = EndorsementStore.ToEndorsement(record);
        await audit.AppendAsync(new AuditRecord(null, record.Name, AuditActions.EndorsementMade, $"{charter.Name} v{record.VersionNumber}", Endorsing.Describe(endorsement)), cancellationToken);
        return true;
    }

    /// <summary>Withdraws the signature a withdraw link names; false when the link is foreign or it is already gone.</summary>
    public async Task<bool> WithdrawAsync(string? token, CancellationToken cancellationToken)
    {
        var charter = await versions.FindCharterAsync(cancellationToken);
        if (charter is null || tokens.WithdrawnId(token) is not { } id || await store.FindAsync(charter, id, cancellationToken) is not { } record
            || !await store.WithdrawAsync(id, clock.GetUtcNow(), cancellationToken))
        {
            return false;
        }

        await audit.AppendAsync(
            new AuditRecord(null, record.Name, AuditActions.EndorsementWithdrawn, $"{charter.Name} v{record.VersionNumber}", Endorsing.Describe(EndorsementStore.ToEndorsement(record))),
            cancellationToken);
        return true;
    }

    /// <summary>The address in lower case, or null when it is not one address.</summary>
    public static string? NormaliseEmail(string? email)
    {
        email = email?.Trim() ?? "";
        if (email.Length == 0 || email.Length > MaxEmailLength || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return email.ToLowerInvariant();
    }

    /// <summary>A public signer's key across versions: the address hashed, so the roll and files never carry it.</summary>
    private static string EndorserKeyOf(string email) => "email:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email)));
}
