using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Charter.Web.Accounts;

/// <summary>
/// The colour of a person's cursor and name while co-editing, as <c>#rrggbb</c>. A person keeps
/// the colour of their profile while nobody else present has it and it reads well; otherwise the
/// hub gives them the first free colour of <see cref="Palette"/>, so the first eight people in a
/// charter never share a colour.
/// </summary>
public static partial class PresenceColours
{
    /// <summary>The minimum contrast (WCAG ratio) a presence colour keeps with every theme's backgrounds.</summary>
    public const double MinimumContrast = 3.0;

    /// <summary>
    /// The light and dark themes' paper and card colours (wwwroot/css/charter.css); a presence
    /// colour is drawn on all of them.
    /// </summary>
    public static readonly IReadOnlyList<string> ThemeBackgrounds = ["#ffffff", "#fdfcf9", "#202124", "#17181a"];

    /// <summary>Eight hues far apart, each at least <see cref="MinimumContrast"/> against every theme background.</summary>
    public static readonly IReadOnlyList<string> Palette =
        ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#d9480f", "#00897b", "#c2259b", "#8d6e00"];

    public static string Pick() => Palette[RandomNumberGenerator.GetInt32(Palette.Count)];

    public static string Validate(string? colour) =>
        colour is not null && HexColour().IsMatch(colour)
            ? colour.ToLowerInvariant()
            : throw new AccountException("BadColour", $"'{colour}' is not a colour; write it as #rrggbb.");

    /// <summary>
    /// The colour to show for someone who prefers <paramref name="preferred"/> while the people
    /// already present show <paramref name="taken"/>: the preferred colour when it is readable and
    /// free, else the first free palette colour, else (more than eight people) a palette colour.
    /// </summary>
    public static string Assign(string? preferred, IReadOnlyCollection<string> taken)
    {
        if (preferred is not null && HexColour().IsMatch(preferred) && IsReadable(preferred)
            && !taken.Contains(preferred, StringComparer.OrdinalIgnoreCase))
        {
            return preferred.ToLowerInvariant();
        }

        return Palette.FirstOrDefault(c => !taken.Contains(c, StringComparer.OrdinalIgnoreCase))
            ?? Palette[taken.Count % Palette.Count];
    }

    /// <summary>True when <paramref name="colour"/> keeps <see cref="MinimumContrast"/> on every theme background.</summary>
    public static bool IsReadable(string colour) =>
        ThemeBackgrounds.All(background => Contrast(colour, background) >= MinimumContrast);

    /// <summary>The WCAG 2 contrast ratio of two <c>#rrggbb</c> colours (1 to 21).</summary>
    public static double Contrast(string first, string second)
    {
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string colour)
    {
        double Channel(int offset)
        {
            var value = int.Parse(colour.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
