using System.Globalization;

namespace Charter.Web.Localization;

/// <summary>
/// The languages the interface is written in. The codes are neutral cultures, the same codes that
/// name charter translations (<c>?lang=</c>); browsers asking for a regional variant (es-MX, pt-BR)
/// fall back to them. Spanish is written for Latin America and Portuguese for Brazil.
/// </summary>
public static class UiLanguages
{
    public const string Default = "en";

    /// <summary>In the order the switcher lists them.</summary>
    public static IReadOnlyList<string> All { get; } = ["en", "es", "pt", "fr"];

    public static IReadOnlyList<CultureInfo> Cultures { get; } = All.Select(CultureInfo.GetCultureInfo).ToList();

    public static bool IsSupported(string? language) =>
        language is not null && All.Contains(language, StringComparer.Ordinal);

    /// <summary>
    /// The interface language of the current request (its UI culture, es-MX read as es), or the
    /// default for a culture the interface is not written in. Forms that ask for a language start
    /// here, so a person who arrived in Spanish stays in Spanish unless they choose otherwise.
    /// </summary>
    public static string Current()
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return IsSupported(language) ? language : Default;
    }

    /// <summary>
    /// A language's name in that language itself, as the switcher shows it: someone who cannot read
    /// the current interface still recognises their own language.
    /// </summary>
    public static string NativeName(string language) => language switch
    {
        "en" => "English",
        "es" => "Español",
        "pt" => "Português",
        "fr" => "Français",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, $"'{language}' is not an interface language; use one of {string.Join(", ", All)}."),
    };
}
