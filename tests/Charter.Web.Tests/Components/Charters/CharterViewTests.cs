using Bunit;
using Charter.Web.Agenda;
using Charter.Web.Components.Charters;
using Charter.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Components.Charters;

public sealed class CharterViewTests : BunitContext
{
    public CharterViewTests() => Services.AddLogging().AddCharterLocalization();

    [Fact]
    public void Render_ClausesInSeveralParts_NumbersArticlesContinuouslyAcrossParts()
    {
        var charter = SampleCharters.TwoParts();

        var cut = Render<CharterView>(p => p.Add(v => v.Charter, charter));

        var numbers = cut.FindAll("article.clause h3 .article-number").Select(n => n.TextContent.Trim());
        Assert.Equal(["Article 1", "Article 2", "Article 3", "Article 4", "Article 5"], numbers);
        var titles = cut.FindAll("article.clause h3 .clause-title").Select(t => t.TextContent.Trim());
        Assert.Equal(charter.Parts.SelectMany(p => p.Clauses).Select(c => c.Title), titles);
    }

    [Fact]
    public void Render_EachClause_HasAnElementWithItsIdAndAContentsLinkToIt()
    {
        var charter = SampleCharters.TwoParts();

        var cut = Render<CharterView>(p => p.Add(v => v.Charter, charter));

        foreach (var clause in charter.Parts.SelectMany(p => p.Clauses))
        {
            var element = cut.Find($"#{clause.Id}");
            Assert.Equal("article", element.LocalName);
            Assert.Contains(clause.Title, element.QuerySelector("h3")!.TextContent);
            Assert.Single(cut.FindAll($"nav.toc a[href='?lang={charter.Language}#{clause.Id}']"));
            Assert.Single(cut.FindAll($"#{clause.Id} a.permalink[href='?lang={charter.Language}#{clause.Id}']"));
        }
    }

    [Fact]
    public void Render_LiveCharterWithOpenAmendmentsAndBallots_EachClauseLinksToItsPageWithWhatIsOpenThere()
    {
        var charter = SampleCharters.TwoParts();
        var clauses = charter.Parts.SelectMany(p => p.Clauses).ToList();

        var cut = Render<CharterView>(p => p
            .Add(v => v.Charter, charter)
            .Add(v => v.LiveCharterName, "bill-of-rights")
            .Add(v => v.Activity, new Dictionary<string, ClauseActivity>
            {
                [clauses[1].Id] = new(OpenAmendments: 2, OpenBallots: 1, AwaitingMyVote: 1, MyVotesCast: 0),
                [clauses[2].Id] = new(OpenAmendments: 0, OpenBallots: 1, AwaitingMyVote: 0, MyVotesCast: 1),
            }));

        Assert.Equal(
            clauses.Select(c => $"charters/bill-of-rights/clauses/{c.Id}"),
            clauses.Select(c => cut.Find($"#{c.Id} a.clause-governance").GetAttribute("href")));
        Assert.Equal("Amendments and votes on article 1", cut.Find($"#{clauses[0].Id} a.clause-governance").TextContent);
        var busy = cut.Find($"#{clauses[1].Id} a.clause-governance");
        Assert.Equal("Amendments and votes on article 2 (open amendments: 2 · open ballots: 1 · awaiting your vote: 1)", busy.TextContent);
        Assert.Equal("1", busy.GetAttribute("data-awaiting-vote"));
        Assert.Equal("Amendments and votes on article 3 (open ballots: 1 · you have voted)", cut.Find($"#{clauses[2].Id} a.clause-governance").TextContent);
    }

    [Fact]
    public void Render_PublishedVersion_HasNoClausePageLinks()
    {
        var cut = Render<CharterView>(p => p.Add(v => v.Charter, SampleCharters.TwoParts()));

        Assert.Empty(cut.FindAll("a.clause-governance"));
    }

    [Fact]
    public void Render_Charter_ShowsTitlePreambleAndPartHeadingsInOrder()
    {
        var charter = SampleCharters.TwoParts();

        var cut = Render<CharterView>(p => p.Add(v => v.Charter, charter));

        Assert.Equal(charter.Title, cut.Find("h1").TextContent);
        cut.Find(".preamble").MarkupMatches("<div class=\"preamble\"><p>We, the participants, <strong>agree</strong>.</p>\n</div>");
        Assert.Equal(["People as participants", "People as providers"], cut.FindAll("section.part > h2").Select(h => h.TextContent));
    }

    [Fact]
    public void Render_Translation_KeepsLanguageInLinksAndMarksFallbackClauses()
    {
        var charter = SampleCharters.TwoParts() with { Language = "es" };
        var translated = charter.Parts[0].Clauses[0] with { Title = "Derecho a conectarse" };
        var fallback = charter.Parts[0].Clauses[1] with { IsFallback = true };
        charter = charter with
        {
            Parts = [charter.Parts[0] with { Clauses = [translated, fallback] }],
        };

        var cut = Render<CharterView>(p => p.Add(v => v.Charter, charter));

        Assert.Equal("es", cut.Find("article.charter").GetAttribute("lang"));
        Assert.Single(cut.FindAll("nav.toc a[href='?lang=es#c-aaa1']"));
        Assert.Empty(cut.FindAll("#c-aaa1 .fallback-note"));
        Assert.Single(cut.FindAll("#c-aaa2 .fallback-note"));
        Assert.Equal("en", cut.Find("#c-aaa2 .clause-body").GetAttribute("lang"));
    }

    [Fact]
    public void Render_TranslationLackingTitleAndAPartTitle_MarksThemAsShownInTheOriginal()
    {
        var charter = SampleCharters.TwoParts() with { Language = "es" };
        charter = charter with
        {
            Parts =
            [
                charter.Parts[0] with { Title = "Personas participantes", Translation = Charter.Domain.Translations.TranslationState.Stale },
                charter.Parts[1] with { IsFallback = true, Translation = Charter.Domain.Translations.TranslationState.Missing },
            ],
            TitleIsFallback = true,
            PreambleIsFallback = true,
            HeaderTranslation = Charter.Domain.Translations.TranslationState.Missing,
        };

        var cut = Render<CharterView>(p => p.Add(v => v.Charter, charter));

        Assert.Equal("en", cut.Find("h1").GetAttribute("lang"));
        Assert.Equal(
            ["Title not translated yet; shown in the original (English).", "Preamble not translated yet; shown in the original (English)."],
            cut.FindAll("header.charter-header .fallback-note").Select(n => n.TextContent));
        Assert.Equal("en", cut.Find(".preamble").GetAttribute("lang"));
        Assert.Single(cut.FindAll("#p-aaaa > .translation-badge.is-stale"));
        Assert.Empty(cut.FindAll("#p-aaaa > .fallback-note"));
        Assert.Equal("Part title not translated yet; shown in the original (English).", cut.Find("#p-bbbb > .fallback-note").TextContent);
        Assert.Equal("en", cut.Find("#p-bbbb > h2").GetAttribute("lang"));
    }
}
