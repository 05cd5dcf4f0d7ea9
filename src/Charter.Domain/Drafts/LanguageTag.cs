namespace Charter.Domain.Drafts;

/// <summary>
/// The language tags drafts accept: a BCP 47 primary subtag of 2–3 lowercase letters, optionally
/// followed by subtags of 2–8 letters or digits (<c>es</c>, <c>pt-BR</c>, <c>es-419</c>). The tag
/// doubles as a file-name suffix, so nothing else is let through.
/// </summary>
public static class LanguageTag
{
    public static bool IsValid(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return false;
        }

        var subtags = tag.Split('-');
        if (subtags[0].Length is < 2 or > 3 || !subtags[0].All(char.IsAsciiLetterLower))
        {
            return false;
        }

        return subtags.Skip(1).All(s => s.Length is >= 2 and <= 8 && s.All(char.IsAsciiLetterOrDigit));
    }
}
