using System.Net;

namespace Charter.Web.Accounts;

/// <summary>
/// One password attempt as <see cref="SignInThrottle"/> sees it: the account (its normalised
/// e-mail, whether or not anyone has it), the client's address, and the browser's known-device id
/// when it has signed in to this account before.
/// </summary>
public sealed record SignInAttempt(string Account, string Client, string? KnownDevice)
{
    /// <summary>
    /// The client as an address: IPv4 as is, IPv6 by its /64 (one household or phone is given a
    /// whole /64, so single addresses inside it cost an attacker nothing). Behind a proxy this is
    /// the forwarded address only when the proxy is configured (Charter:ForwardedHeaders).
    /// </summary>
    public static string ClientOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
