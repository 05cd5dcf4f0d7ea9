using System.Net;
using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Governance;
using Charter.Web.Localization;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Tests.Governance;

/// <summary>Refusals reach people in their language, whatever the domain's English message says.</summary>
public sealed class GovernanceRefusalTextTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public static TheoryData<string> Keys() =>
    [
        .. Enum.GetValues<BallotRefusal>().Select(GovernanceRefusalText.BallotKey),
        .. Enum.GetValues<AmendmentRefusal>().Select(GovernanceRefusalText.AmendmentKey),
        .. Enum.GetValues<GovernanceDenial>().Select(GovernanceRefusalText.DeniedKey),
        "Refusal.NotFound",
    ];

    [Theory]
    [MemberData(nameof(Keys))]
    public void KeyOf_EveryReason_HasItsOwnTextInEveryLanguage(string key)
    {
        using var services = new ServiceCollection().AddLogging().AddCharterLocalization().BuildServiceProvider();
        var text = services.GetRequiredService<IStringLocalizer<AmendmentsText>>();
        string english;
        using (new CultureScope("en"))
        {
            english = text[key];
            Assert.False(text[key].ResourceNotFound, $"{key} has no English text.");
        }

        foreach (var language in new[] { "es", "pt", "fr" })
        {
            using var culture = new CultureScope(language);
            Assert.False(text[key].ResourceNotFound, $"{key} has no {language} text.");
            Assert.NotEqual(english, text[key].Value);
        }
    }

    [Fact]
    public void Describe_VoteAfterClose_IsTheClosedTextNotTheEnglishMessage()
    {
        using var services = new ServiceCollection().AddLogging().AddCharterLocalization().BuildServiceProvider();
        var text = services.GetRequiredService<IStringLocalizer<AmendmentsText>>();
        var refusal = new BallotClosedException(Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        using var culture = new CultureScope("pt");

        Assert.Equal("Esta votação já foi encerrada; não aceita mais votos.", GovernanceRefusalText.Describe(refusal, text));
        Assert.Contains("it takes no more votes", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClausePageVote_SpanishMemberVotesAfterClose_SeesTheSpanishRefusal()
    {
        await using var app = new CharterAppFactory(_database);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var (voter, cookie) = await TestPeople.CreateSignedInAsync(app, CharterRole.Member, "Votante", language: "es");
        var ballots = app.Services.GetRequiredService<BallotService>();
        var ballotId = await ballots.OpenAsync(charter, BallotSubject.ForClause(clauseId),
            new BallotRules(0.1m, BallotThreshold.SimpleMajority, false, false), DateTimeOffset.UtcNow.AddDays(1), steward.Id);
        using var browser = app.CreateBrowserLikeClient();
        browser.DefaultRequestHeaders.Add("Cookie", cookie);
        var clausePage = $"/charters/{charter}/clauses/{clauseId}";
        var token = await browser.GetStringAsync(clausePage);
        Assert.Contains($"vote:{ballotId}:Yes", token, StringComparison.Ordinal);

        await ballots.CloseEarlyAsync(ballotId, steward.Id);
        var response = await ServerForms.SubmitAsync(browser, clausePage, "clause-command", new Dictionary<string, string> { ["Command"] = $"vote:{ballotId}:Yes" });

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<p role=\"alert\" class=\"form-error\">Esta votación ya cerró; no acepta más votos.</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("it takes no more votes", page, StringComparison.Ordinal);
        Assert.Null((await ballots.ViewAsync(ballotId, voter.Id)).Report.MyVote);
    }

    public void Dispose() => _database.Dispose();
}
