using System.Net;
using System.Text.RegularExpressions;
using Charter.Web.Accounts;
using Charter.Web.Endorsements;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Charter.Web.Tests.Endorsements;

/// <summary>
/// Public signing on the real app and SQLite, mailing through a local SMTP server. The limit runs
/// on a clock the test holds still, so what it refuses depends on counts alone.
/// </summary>
public sealed partial class PublicSigningTests : IDisposable
{
    private const string Site = "https://charter.example.org/";
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task SignForm_VisitorConfirmsByTheMailedLink_ListedAndTheWithdrawLinkRemovesIt()
    {
        await using var smtp = SmtpTestServer.Start();
        var scenario = await PublicAsync(smtp);
        await using var app = scenario.App;
        var visitor = app.CreateBrowserLikeClient();

        var signed = await (await EndorsementScenario.SubmitAsync(visitor, 1, "sign", new()
        {
            ["Sign.Name"] = "Ines Visitor", ["Sign.Email"] = "ines@example.org", ["Sign.Country"] = "gt",
        })).Content.ReadAsStringAsync();

        Assert.Contains("Nearly done: open the link we mailed you", signed, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"endorser\">Ines Visitor</span>", signed, StringComparison.Ordinal);
        var body = (await smtp.NextAsync()).Message.TextBody ?? "";
        var confirm = new Uri(Link().Matches(body)[0].Value).PathAndQuery;
        var withdraw = new Uri(Link().Matches(body)[1].Value).PathAndQuery;
        Assert.StartsWith("/endorsements/confirm?token=", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("Ines Visitor", await visitor.GetStringAsync(confirm), StringComparison.Ordinal);

        var confirmed = await (await ServerForms.SubmitAsync(visitor, confirm, "signature-link", new Dictionary<string, string>())).Content.ReadAsStringAsync();
        Assert.Contains("your signature is confirmed and listed", confirmed, StringComparison.Ordinal);
        Assert.Contains("<span class=\"endorser\">Ines Visitor</span>", await visitor.GetStringAsync("/v/1"), StringComparison.Ordinal);

        var withdrawn = await (await ServerForms.SubmitAsync(visitor, withdraw, "signature-link", new Dictionary<string, string>())).Content.ReadAsStringAsync();
        Assert.Contains("Your signature is withdrawn.", withdrawn, StringComparison.Ordinal);
        Assert.DoesNotContain("Ines Visitor", await visitor.GetStringAsync("/v/1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignForm_BadInput_SaysWhatIsWrongAndStoresNothing()
    {
        await using var smtp = SmtpTestServer.Start();
        var scenario = await PublicAsync(smtp);
        await using var app = scenario.App;
        var visitor = app.CreateBrowserLikeClient();

        var noEmail = await (await EndorsementScenario.SubmitAsync(visitor, 1, "sign", new() { ["Sign.Name"] = "Jo", ["Sign.Email"] = "not an address" })).Content.ReadAsStringAsync();
        var noName = await (await EndorsementScenario.SubmitAsync(visitor, 1, "sign", new() { ["Sign.Name"] = " ", ["Sign.Email"] = "jo@example.org" })).Content.ReadAsStringAsync();

        Assert.Contains("Write one e-mail address, such as name@example.org.", noEmail, StringComparison.Ordinal);
        Assert.Contains("Write your name on one line, in at most 200 characters.", noName, StringComparison.Ordinal);
        using var db = _database.OpenContext();
        Assert.Empty(db.Endorsements);
    }

    [Fact]
    public async Task SignForm_FloodFromOneAddress_RefusedWith429AfterTheLimitWhileOthersAreUnaffected()
    {
        await using var smtp = SmtpTestServer.Start();
        var scenario = await PublicAsync(smtp);
        await using var app = scenario.App;
        using var limited = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton(new PublicSigningLimit(_clock))));
        var visitor = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < PublicSigningLimit.PerClient + 3; i++)
        {
            using var response = await EndorsementScenario.SubmitAsync(visitor, 1, "sign", new() { ["Sign.Name"] = $"Flood {i}", ["Sign.Email"] = $"flood{i}@example.org" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Too many signatures from here. Try again in an hour.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, PublicSigningLimit.PerClient).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)), statuses);
        // Another address still signs; the page, the archive and a member's endorsement are untouched.
        await limited.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<PublicSigning>()
            .SignAsync(1, "Other Place", "other@example.org", "", "198.51.100.7", System.Globalization.CultureInfo.InvariantCulture, CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/v/1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/versions.zip")).StatusCode);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        await scenario.EndorseAsync(member, 1);
        using var db = _database.OpenContext();
        Assert.Equal(PublicSigningLimit.PerClient + 1, db.Endorsements.Count(e => e.Kind == "Public"));
    }

    [Fact]
    public void Limit_PerClientAndPerEmail_CountsOnlyItsOwnKeyAndFreesAfterTheWindow()
    {
        var limit = new PublicSigningLimit(_clock);

        var first = Enumerable.Range(0, PublicSigningLimit.PerClient + 1).Select(_ => limit.TryTakeClient("203.0.113.9")).ToList();
        var email = Enumerable.Range(0, PublicSigningLimit.PerEmail + 1).Select(_ => limit.TryTakeEmail("a@example.org")).ToList();

        Assert.Equal([.. Enumerable.Repeat(true, PublicSigningLimit.PerClient), false], first);
        Assert.Equal([.. Enumerable.Repeat(true, PublicSigningLimit.PerEmail), false], email);
        Assert.True(limit.TryTakeClient("203.0.113.10"));
        Assert.True(limit.TryTakeEmail("b@example.org"));
        _clock.Advance(PublicSigningLimit.Window);
        Assert.True(limit.TryTakeClient("203.0.113.9"));
    }

    [Fact]
    public async Task SigningSetting_WithoutSmtp_PublicIsDisabledWithTheReasonAndRefused()
    {
        var scenario = await EndorsementScenario.StartAsync(_database);
        await using var app = scenario.App;
        var steward = await TestPeople.SignedInClientAsync(app, scenario.Steward);

        var page = await steward.GetStringAsync("/versions");
        var refused = await Assert.ThrowsAsync<EndorsementException>(() => scenario.SetSigningAsync(SigningMode.Public));

        Assert.Matches("<input type=\"radio\" id=\"signing-Public\"[^>]*disabled", page);
        Assert.Contains("Public signing is unavailable: it needs SMTP", page, StringComparison.Ordinal);
        Assert.Equal("PublicNeedsMail", refused.Code);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        var notSteward = await Assert.ThrowsAsync<EndorsementException>(() => app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<EndorsementModeration>().SetSigningAsync(PersonStanding.Of(member), SigningMode.Off, CancellationToken.None);
            return true;
        }));
        Assert.Equal("NotSteward", notSteward.Code);
    }

    private async Task<EndorsementScenario> PublicAsync(SmtpTestServer smtp)
    {
        var settings = smtp.Settings();
        settings["Charter:Mail:PublicUrl"] = Site;
        var scenario = await EndorsementScenario.StartAsync(_database, settings);
        await scenario.SetSigningAsync(SigningMode.Public);
        return scenario;
    }

    [GeneratedRegex(@"https://charter\.example\.org/\S+")]
    private static partial Regex Link();
}
