using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Localization;

/// <summary>
/// The one way a sentence that holds a count is chosen: each such text has two keys, <c>Key.One</c>
/// and <c>Key.Other</c>, and the count picks one by the interface language's plural rule, so nobody
/// reads "1 artículos" or "1 clauses". The rules are CLDR's for the four interface languages:
/// English and Spanish take the singular for exactly one; French and Portuguese (Brazilian) for zero
/// and one as well ("0 article", "0 artigo").
/// </summary>
public static class PluralText
{
    /// <summary>
    /// The text of <c>{key}.One</c> or <c>{key}.Other</c> for <paramref name="count"/>, formatted
    /// with <paramref name="arguments"/> (which hold the count where the text shows it).
    /// </summary>
    public static LocalizedString Plural(this IStringLocalizer text, string key, long count, params object[] arguments) =>
        text[$"{key}.{Category(count, CultureInfo.CurrentUICulture)}", arguments];

    /// <summary>"One" or "Other": the plural category of <paramref name="count"/> in <paramref name="culture"/>.</summary>
    public static string Category(long count, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName switch
        {
            "fr" or "pt" => count is 0 or 1 ? "One" : "Other",
            _ => count == 1 ? "One" : "Other",
        };
}
