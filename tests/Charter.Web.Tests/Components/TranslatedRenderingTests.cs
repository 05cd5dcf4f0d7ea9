using AngleSharp.Dom;
using Bunit;
using Charter.Domain.Translations;
using Charter.Web.Components.Charters;
using Charter.Web.Components.Layout;
using Charter.Web.Localization;
using Charter.Web.Reading;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Components;

/// <summary>
/// The pages as a Spanish, Portuguese or French reader sees them: none of our own English text is
/// left, in the visible text or in attributes read aloud or shown (aria-label, data-*-label).
/// The charter content in these samples is written in the language itself, so any English found
/// came from the interface. Text marked as another language (lang="en") is English on purpose: a
/// fallback clause, or "English" in the language switcher.
/// </summary>
public sealed class TranslatedRenderingTests : BunitContext
{
    public TranslatedRenderingTests()
    {
        Services.AddLogging().AddCharterLocalization();
        // The header's account links read the visitor's sign-in state; a visitor sees "sign in".
        AddAuthorization();
    }

    public static TheoryData<string> Languages() => [.. ResourceFiles.Translations];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_CharterInsideTheLayout_LeavesNoEnglishFromOurResources(string language)
    {
        using var culture = new CultureScope(language);
        var charter = TranslatedCharter(language);

        var cut = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(builder =>
        {
            builder.OpenComponent<CharterView>(0);
            builder.AddAttribute(1, nameof(CharterView.Charter), charter);
            builder.CloseComponent();
        })));

        Assert.NotEmpty(cut.FindAll(".fallback-note"));
        Assert.NotEmpty(cut.FindAll(".authoritative-note"));
        Assert.Equal(["stale", "unconfirmed"], cut.FindAll("[data-translation-state]").Select(b => b.GetAttribute("data-translation-state")));
        Assert.NotEmpty(cut.FindAll("nav.ui-languages button"));
        Assert.Empty(UntranslatedText.FindIn(ShownText(cut.Nodes, language), language));
    }

    [Fact]
    public void Render_ClauseInPortuguese_UsesTheTranslatedWords()
    {
        using var culture = new CultureScope("pt");
        var charter = TranslatedCharter("pt");

        var cut = Render<CharterView>(p => p.Add(v => v.Charter, charter));

        Assert.Equal("Sumário", cut.Find("#toc-title").TextContent);
        Assert.Equal("Artigo 2", cut.Find("#c-aaa2 .article-number").TextContent);
        Assert.Equal("Ainda não traduzido; exibido no idioma original (inglês).", cut.Find("#c-aaa2 .fallback-note").TextContent);
        Assert.Equal("Copiar link", cut.Find("#c-aaa1 button.copy-link").TextContent);
        Assert.Equal("Link copiado", cut.Find("#c-aaa1 button.copy-link").GetAttribute("data-copied-label"));
    }

    [Fact]
    public void Render_LayoutInSpanish_MarksSpanishAsCurrentAndPostsBackToThePage()
    {
        using var culture = new CultureScope("es");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?lang=fr#c-aaa1");

        var cut = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(_ => { })));

        var buttons = cut.FindAll("nav.ui-languages form[method='post'] button[type='submit'][name='lang']");
        Assert.Equal(["English", "Español", "Português", "Français"], buttons.Select(b => b.TextContent));
        Assert.Equal(["en", "es", "pt", "fr"], buttons.Select(b => b.GetAttribute("value")));
        Assert.Equal("true", buttons[1].GetAttribute("aria-current"));
        Assert.Equal("culture", cut.Find("nav.ui-languages form").GetAttribute("action"));
        Assert.Equal("/?lang=fr#c-aaa1", cut.Find("nav.ui-languages input[name='returnUrl']").GetAttribute("value"));
        Assert.Equal("Idioma de la interfaz", cut.Find("nav.ui-languages").GetAttribute("aria-label"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_NoticesAndTheNotFoundPage_LeaveNoEnglishFromOurResources(string language)
    {
        using var culture = new CultureScope(language);
        var untranslatedPart = TranslatedCharter(language) with
        {
            Parts = [TranslatedCharter(language).Parts[0] with { IsFallback = true }],
            TitleIsFallback = true,
            PreambleIsFallback = true,
        };

        var charter = Render<CharterView>(p => p.Add(v => v.Charter, untranslatedPart));
        var notice = Render<AuthoritativeTextNotice>(p => p
            .Add(n => n.SourceLanguage, "en")
            .Add(n => n.SourceHref, "v/2")
            .Add(n => n.Purpose, AuthoritativeTextPurpose.Publication)
            .Add(n => n.ShownLanguage, language)
            .Add(n => n.ShownState, TranslationState.Stale));
        var vote = Render<AuthoritativeTextNotice>(p => p
            .Add(n => n.SourceLanguage, "en")
            .Add(n => n.SourceHref, "?lang=en#c-aaa1")
            .Add(n => n.Purpose, AuthoritativeTextPurpose.Vote));
        var notFound = Render<Charter.Web.Components.Pages.NotFoundPage>();

        Assert.Equal(3, charter.FindAll(".charter-header .fallback-note, #p-aaaa > .fallback-note").Count);
        Assert.NotNull(notice.Find(".translation-label"));
        Assert.NotNull(vote.Find("a.authoritative-link"));
        Assert.NotNull(notFound.Find("h1"));
        foreach (var nodes in new[] { charter.Nodes, notice.Nodes, vote.Nodes, notFound.Nodes })
        {
            Assert.Empty(UntranslatedText.FindIn(ShownText(nodes, language), language));
        }
    }

    /// <summary>
    /// Text and attribute values (except links, ids and classes) of everything rendered in
    /// <paramref name="language"/>, skipping elements whose lang says they are in another one.
    /// </summary>
    internal static string ShownText(INodeList nodes, string language)
    {
        var shown = new List<string>();
        foreach (var node in nodes)
        {
            Collect(node, shown, language);
        }

        return string.Join("\n", shown);
    }

    private static void Collect(INode node, List<string> shown, string language)
    {
        if (node is IText text)
        {
            shown.Add(text.Data);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        var lang = element.GetAttribute("lang");
        if (!string.IsNullOrEmpty(lang) && lang != language)
        {
            return;
        }

        shown.AddRange(element.Attributes
            .Where(a => a.Name is not ("href" or "id" or "class" or "hreflang" or "lang" or "aria-labelledby" or "data-copy-link"))
            .Select(a => a.Value));
        foreach (var child in element.ChildNodes)
        {
            Collect(child, shown, language);
        }
    }

    private static CharterReading TranslatedCharter(string language) => new(
        Language: language,
        SourceLanguage: "en",
        Languages: ["en", language],
        Title: "Carta",
        Preamble: "Nosotros, nosotras.",
        Parts:
        [
            new PartReading("p-aaaa", "Parte uno",
            [
                new ClauseReading("c-aaa1", "Derecho a conectarse", "Toda persona."),
                new ClauseReading("c-aaa2", "Privacidad", "Nadie vigila.", IsFallback: true),
                new ClauseReading("c-aaa3", "Alojamiento", "Alojar.", Translation: TranslationState.Stale),
                new ClauseReading("c-aaa4", "Nombres", "Nombres.", Translation: TranslationState.Unconfirmed),
            ]),
        ]);
}
