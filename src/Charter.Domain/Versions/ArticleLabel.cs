namespace Charter.Domain.Versions;

/// <summary>
/// The word a published version puts before a clause number, in the version's language:
/// "Article 7" in English and French, "Artículo 7" in Spanish, "Artigo 7" in Portuguese. Region
/// subtags do not matter (<c>pt-BR</c> reads as <c>pt</c>); other languages use the English word.
/// </summary>
public static class ArticleLabel
{
    public static string For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        var primary = (dash < 0 ? language : language[..dash]).ToLowerInvariant();
        return primary switch
        {
            "es" => "Artículo",
            "pt" => "Artigo",
            "fr" => "Article",
            _ => "Article",
        };
    }

    /// <summary>The heading prefix of clause <paramref name="number"/>: <c>"Article 7. "</c>.</summary>
    public static string Prefix(string language, int number) => $"{For(language)} {number}. ";
}
