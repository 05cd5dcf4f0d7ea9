using Bunit;
using Charter.Domain.Translations;
using Charter.Web.Components.Charters;
using Charter.Web.Localization;
using Charter.Web.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Components.Charters;

public sealed class ClauseCardTests : BunitContext
{
    private const string HostileBody = """
        Before <script>alert('script')</script> after.

        A [link](javascript:alert(1)) that must not run.

        <img src="x" onerror="alert('img')">

        An autolink <javascript:alert(2)> too.
        """;

    public ClauseCardTests() => Services.AddLogging().AddCharterLocalization();

    [Fact]
    public void Render_BodyWithScriptCapableMarkup_RendersItInert()
    {
        var clause = new ClauseReading("c-ccc1", "Clause", HostileBody);

        var cut = Render<ClauseCard>(p => p
            .Add(c => c.Clause, clause)
            .Add(c => c.Number, 1)
            .Add(c => c.Permalink, "#c-ccc1")
            .Add(c => c.SourceLanguage, "en"));

        var body = cut.Find(".clause-body");
        Assert.Empty(body.QuerySelectorAll("script, img, iframe, object, embed"));
        var attributes = body.QuerySelectorAll("*").SelectMany(e => e.Attributes).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Before", body.TextContent);
        Assert.Contains("that must not run", body.TextContent);
    }

    [Fact]
    public void Render_BodyWithSafeLinks_KeepsThem()
    {
        var clause = new ClauseReading("c-ccc1", "Clause", "See [the site](https://example.org) or [write](mailto:a@example.org).");

        var cut = Render<ClauseCard>(p => p
            .Add(c => c.Clause, clause)
            .Add(c => c.Number, 3)
            .Add(c => c.Permalink, "#c-ccc1")
            .Add(c => c.SourceLanguage, "en"));

        var hrefs = cut.FindAll(".clause-body a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["https://example.org", "mailto:a@example.org"], hrefs);
        Assert.Equal("Article 3", cut.Find("h3 .article-number").TextContent);
    }

    [Fact]
    public void Render_StaleTranslation_ShowsTheStaleBadge()
    {
        var clause = new ClauseReading("c-ccc1", "Derecho", "Texto.", Translation: TranslationState.Stale);

        var cut = Render<ClauseCard>(p => p
            .Add(c => c.Clause, clause)
            .Add(c => c.Number, 1)
            .Add(c => c.Permalink, "?lang=es#c-ccc1")
            .Add(c => c.SourceLanguage, "en"));

        var badge = cut.Find("[data-translation-state]");
        Assert.Equal("stale", badge.GetAttribute("data-translation-state"));
        Assert.Equal("Translation out of date. The original text changed after this translation was confirmed.", badge.TextContent.Trim().ReplaceLineEndings(" ").Replace("  ", " "));
    }

    [Theory]
    [InlineData(TranslationState.Current)]
    [InlineData(null)]
    public void Render_CurrentTranslationOrSource_ShowsNoBadge(TranslationState? state)
    {
        var clause = new ClauseReading("c-ccc1", "Derecho", "Texto.", Translation: state);

        var cut = Render<ClauseCard>(p => p
            .Add(c => c.Clause, clause)
            .Add(c => c.Number, 1)
            .Add(c => c.Permalink, "#c-ccc1")
            .Add(c => c.SourceLanguage, "en"));

        Assert.Empty(cut.FindAll("[data-translation-state], .fallback-note"));
    }

    [Fact]
    public void Render_MissingTranslation_ShowsTheFallbackNoteNotABadge()
    {
        var clause = new ClauseReading("c-ccc1", "Right", "Text.", IsFallback: true, Translation: TranslationState.Missing);

        var cut = Render<ClauseCard>(p => p
            .Add(c => c.Clause, clause)
            .Add(c => c.Number, 1)
            .Add(c => c.Permalink, "?lang=es#c-ccc1")
            .Add(c => c.SourceLanguage, "en"));

        Assert.Equal("Not translated yet; shown in the original (English).", cut.Find(".fallback-note").TextContent);
        Assert.Empty(cut.FindAll("[data-translation-state]"));
    }
}
