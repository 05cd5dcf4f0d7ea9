using System.Globalization;
using Charter.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace Charter.Web.Endorsements;

/// <summary>
/// The two links mailed to a public signer: confirm (valid for <see cref="ConfirmFor"/>) and
/// withdraw (valid as long as the signature stands). Each is a token the app protected itself,
/// one purpose each, naming the endorsement: it cannot be made for another one.
/// </summary>
public sealed class EndorsementTokens(IDataProtectionProvider protection)
{
    public static readonly TimeSpan ConfirmFor = TimeSpan.FromDays(7);

    private readonly ITimeLimitedDataProtector _confirm = protection.CreateProtector("Charter.Endorsements.Confirm").ToTimeLimitedDataProtector();
    private readonly IDataProtector _withdraw = protection.CreateProtector("Charter.Endorsements.Withdraw");

    public string Confirm(long id) => _confirm.Protect(Text(id), ConfirmFor);

    public string Withdraw(long id) => _withdraw.Protect(Text(id));

    /// <summary>The endorsement a confirm token names, or null for an expired or foreign one.</summary>
    public long? ConfirmedId(string? token) => Read(token, _confirm);

    /// <summary>The endorsement a withdraw token names, or null for a foreign one.</summary>
    public long? WithdrawnId(string? token) => Read(token, _withdraw);

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static long? Read(string? token, IDataProtector protector) =>
        long.TryParse(protector.UnprotectOrNull(token), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
