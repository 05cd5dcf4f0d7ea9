using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Localization;

/// <summary>Names of charter languages as they read inside a sentence of the interface language.</summary>
public static class LanguageNames
{
    /// <summary>
    /// "inglés" for <c>en</c> in Spanish. A language the interface has no word for (a charter may be
    /// translated into any) is named in itself, "Deutsch", which its readers recognise; only a tag
    /// no culture knows is shown as it is.
    /// </summary>
    public static string Of(IStringLocalizer<ReadingText> text, string language)
    {
        var name = text[$"Language.{language}"];
        return name.ResourceNotFound ? NativeName(language) : name.Value;
    }

    private static string NativeName(string language)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(language, predefinedOnly: true);
            return culture.NativeName.Length == 0 ? language : culture.NativeName;
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
    }
}
