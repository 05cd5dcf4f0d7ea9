using Bunit;
using Charter.Domain.Translations;
using Charter.Web.Components.Charters;
using Charter.Web.Localization;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Components.Charters;

public sealed class AuthoritativeTextNoticeTests : BunitContext
{
    public AuthoritativeTextNoticeTests() => Services.AddLogging().AddCharterLocalization();

    [Fact]
    public void Render_InterfaceInTheSourceLanguageShowingTheSource_ShowsNothing()
    {
        using var culture = new CultureScope("en");

        var cut = Render<AuthoritativeTextNotice>(p => p
            .Add(n => n.SourceLanguage, "en")
            .Add(n => n.SourceHref, "?lang=en#c-aaa1")
            .Add(n => n.Purpose, AuthoritativeTextPurpose.Vote));

        Assert.Empty(cut.FindAll("aside"));
    }

    [Fact]
    public void Render_SpanishInterfaceOnABallotPage_SaysTheEnglishOriginalIsVotedOnAndLinksToIt()
    {
        using var culture = new CultureScope("es");

        var cut = Render<AuthoritativeTextNotice>(p => p
            .Add(n => n.SourceLanguage, "en")
            .Add(n => n.SourceHref, "?lang=en#c-aaa1")
            .Add(n => n.Purpose, AuthoritativeTextPurpose.Vote));

        Assert.StartsWith("El texto que se vota es el original en inglés", cut.Find("aside.authoritative-notice p").TextContent.Trim());
        var link = cut.Find("a.authoritative-link");
        Assert.Equal(("?lang=en#c-aaa1", "en", "Leer el original en inglés"), (link.GetAttribute("href"), link.GetAttribute("hreflang"), link.TextContent));
        Assert.Empty(cut.FindAll(".translation-label"));
    }

    [Fact]
    public void Render_PortugueseInterfaceOnAVersionShowingAStaleSpanishTranslation_LabelsItAsAStaleTranslation()
    {
        using var culture = new CultureScope("pt");

        var cut = Render<AuthoritativeTextNotice>(p => p
            .Add(n => n.SourceLanguage, "en")
            .Add(n => n.SourceHref, "v/3")
            .Add(n => n.Purpose, AuthoritativeTextPurpose.Publication)
            .Add(n => n.ShownLanguage, "es")
            .Add(n => n.ShownState, TranslationState.Stale));

        Assert.StartsWith("O texto publicado em uma versão é o original em inglês", cut.Find("aside p").TextContent.Trim());
        Assert.Equal("v/3", cut.Find("a.authoritative-link").GetAttribute("href"));
        Assert.Equal("O texto da carta nesta página é uma tradução para o espanhol.", cut.Find(".translation-label").TextContent);
        Assert.Equal("stale", cut.Find("[data-translation-state]").GetAttribute("data-translation-state"));
    }

    [Fact]
    public void Render_EnglishInterfaceShowingACurrentFrenchTranslation_LabelsTheTranslationWithoutAStaleBadge()
    {
        using var culture = new CultureScope("en");

        var cut = Render<AuthoritativeTextNotice>(p => p
            .Add(n => n.SourceLanguage, "en")
            .Add(n => n.SourceHref, "v/1")
            .Add(n => n.Purpose, AuthoritativeTextPurpose.Publication)
            .Add(n => n.ShownLanguage, "fr"));

        Assert.Equal("The charter text on this page is a translation into French.", cut.Find(".translation-label").TextContent);
        Assert.Empty(cut.FindAll("[data-translation-state]"));
    }

    [Fact]
    public void Render_MexicanSpanishInterfaceWithASpanishSource_ShowsNothing()
    {
        using var culture = new CultureScope("es-MX");

        var cut = Render<AuthoritativeTextNotice>(p => p
            .Add(n => n.SourceLanguage, "es")
            .Add(n => n.SourceHref, "v/1")
            .Add(n => n.Purpose, AuthoritativeTextPurpose.Publication));

        Assert.Empty(cut.FindAll("aside"));
    }
}
