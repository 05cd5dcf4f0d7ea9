using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Charter.Web.Accounts;

/// <summary>
/// The colour of a person's cursor and name while co-editing, as <c>#rrggbb</c>. A new person gets
/// one of a few colours that read well on white; anyone may pick another.
/// </summary>
public static partial class PresenceColours
{
    private static readonly string[] _palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"];

    public static string Pick() => _palette[RandomNumberGenerator.GetInt32(_palette.Length)];

    public static string Validate(string? colour) =>
        colour is not null && HexColour().IsMatch(colour)
            ? colour.ToLowerInvariant()
            : throw new AccountException("BadColour", $"'{colour}' is not a colour; write it as #rrggbb.");

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
