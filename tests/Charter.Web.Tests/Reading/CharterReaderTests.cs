using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using Charter.Web.Reading;

namespace Charter.Web.Tests.Reading;

/// <summary>Reading a charter's Doc for display.</summary>
public sealed class CharterReaderTests
{
    private static DraftSet PartlyTranslated()
    {
        var source = new CharterDraft("en", "Bill", "Preamble.",
        [
            new Part("p-aaaa", "First part", [new Clause("c-aaa1", "Connect", "Connect body."), new Clause("c-aaa2", "Privacy", "Privacy body.")]),
            new Part("p-bbbb", "Second part", [new Clause("c-bbb1", "Host", "Host body.")]),
        ]);
        var spanish = new CharterDraft("es", "Carta", "Preámbulo.",
        [
            new Part("p-aaaa", "Primera parte", [new Clause("c-aaa1", "Conectarse", "Texto.")]),
        ]);
        return new DraftSet("bill", source, new Dictionary<string, CharterDraft> { ["es"] = spanish });
    }

    [Fact]
    public void Read_NoLanguage_ReturnsSourceInOrderWithoutFallbackMarks()
    {
        var charter = CharterReader.Read(CharterDocument.Create(PartlyTranslated()), null);

        Assert.Equal(("en", "Bill", "Preamble."), (charter.Language, charter.Title, charter.Preamble));
        Assert.Equal(["en", "es"], charter.Languages);
        Assert.Equal(["c-aaa1", "c-aaa2", "c-bbb1"], charter.Parts.SelectMany(p => p.Clauses).Select(c => c.Id));
        Assert.DoesNotContain(charter.Parts.SelectMany(p => p.Clauses), c => c.IsFallback);
    }

    [Fact]
    public void Read_PartialTranslation_FallsBackToSourcePerClause()
    {
        var charter = CharterReader.Read(CharterDocument.Create(PartlyTranslated()), "es");

        Assert.Equal(("es", "Carta"), (charter.Language, charter.Title));
        Assert.Equal(["Primera parte", "Second part"], charter.Parts.Select(p => p.Title));
        Assert.Equal(
            [("Conectarse", false), ("Privacy", true), ("Host", true)],
            charter.Parts.SelectMany(p => p.Clauses).Select(c => (c.Title, c.IsFallback)));
    }

    [Fact]
    public void Read_UnknownLanguage_ReturnsSource()
    {
        var charter = CharterReader.Read(CharterDocument.Create(PartlyTranslated()), "xx");

        Assert.Equal("en", charter.Language);
    }
}
