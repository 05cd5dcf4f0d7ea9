using Microsoft.Extensions.Localization;

namespace Charter.Web.Localization;

/// <summary>Names of charter languages as they read inside a sentence of the interface language.</summary>
public static class LanguageNames
{
    /// <summary>"inglés" for <c>en</c> in Spanish; the code itself for a language we have no name for.</summary>
    public static string Of(IStringLocalizer<ReadingText> text, string language)
    {
        var name = text[$"Language.{language}"];
        return name.ResourceNotFound ? language : name.Value;
    }
}
