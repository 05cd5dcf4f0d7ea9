using System.Net;
using System.Text.RegularExpressions;
using Charter.Testing;
using Charter.Web.Accounts;
using Charter.Web.Governance;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Mail;

/// <summary>
/// Notifications mailed through a real SMTP conversation with <see cref="SmtpTestServer"/>, in the
/// recipient's language, with a link that stops them; and no mail without a public address.
/// </summary>
public sealed partial class NotificationMailTests : IDisposable
{
    private const string Site = "https://charter.example.org/";

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task BallotOpened_MemberPrefersSpanish_GetsASpanishMailLinkingTheBallotAndAWayToStop()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var app = new CharterAppFactory(_database, settings: WithPublicUrl(smtp.Settings()));
        var beto = await TestPeople.CreateAsync(app, CharterRole.Member, "Beto", language: "es");

        await NotifyAsync(app, [beto.Id], NotificationKinds.BallotOpened, "Artículo 3", "/charters/bill/clauses/art-3#ballot");
        var mail = await smtp.NextAsync();

        Assert.Equal([beto.Email!], mail.Recipients);
        Assert.Equal("Se abrió una votación: Artículo 3", mail.Message.Subject);
        Assert.StartsWith("Hola, Beto:", mail.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{Site}charters/bill/clauses/art-3#ballot", mail.Message.TextBody, StringComparison.Ordinal);
        Assert.Matches(StopLink(), mail.Message.TextBody);
    }

    [Fact]
    public async Task StopLink_OpenedThenConfirmedWithoutSigningIn_NoFurtherMailForThatPersonOnly()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var app = new CharterAppFactory(_database, settings: WithPublicUrl(smtp.Settings()));
        var beto = await TestPeople.CreateAsync(app, CharterRole.Member, "Beto");
        var carla = await TestPeople.CreateAsync(app, CharterRole.Member, "Carla");
        await NotifyAsync(app, [beto.Id], NotificationKinds.AmendmentProposed, "Shorter preamble", "/charters/bill/clauses/preamble");
        var first = await smtp.NextAsync();
        var stopPath = new Uri(StopLink().Match(first.Message.TextBody ?? "").Value).PathAndQuery;
        var visitor = app.CreateClient();

        var opened = await visitor.GetAsync(stopPath);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.True(await ReceivesMailAsync(app, beto.Id), "Opening the link alone must change nothing.");
        var confirmed = await ServerForms.SubmitAsync(visitor, stopPath, "stop-notification-mail", new Dictionary<string, string>());
        Assert.Contains("Charter will no longer mail you notifications", WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // One reader delivers in order: Carla's mail arriving means Beto's, queued first, was skipped.
        await NotifyAsync(app, [beto.Id, carla.Id], NotificationKinds.BallotOpened, "Shorter preamble", "/ballots/x");
        var next = await smtp.NextAsync();
        Assert.Equal([carla.Email!], next.Recipients);
        Assert.False(await ReceivesMailAsync(app, beto.Id));
        Assert.True(await ReceivesMailAsync(app, carla.Id));
    }

    [Fact]
    public async Task Profile_MailConfigured_OffersTheChoiceAndUntickingItStopsTheMail()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var app = new CharterAppFactory(_database, settings: WithPublicUrl(smtp.Settings()));
        var beto = await TestPeople.CreateAsync(app, CharterRole.Member, "Beto");
        var client = await TestPeople.SignedInClientAsync(app, beto);

        var page = await client.GetStringAsync("/account/profile");
        Assert.Matches(TickedMailBox(), page);

        // The box left unticked is simply absent from the post, as a browser sends it.
        var saved = await ServerForms.SubmitAsync(client, "/account/profile", "profile", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Beto",
            ["Input.PreferredLanguage"] = "en",
            ["Input.PresenceColour"] = beto.PresenceColour,
        });

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal("/account/profile?saved=true", saved.Headers.Location?.PathAndQuery);
        Assert.False(await ReceivesMailAsync(app, beto.Id));
    }

    [Fact]
    public async Task StopLink_TokenNotMadeByTheApp_SaysTheLinkIsNotValid()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var app = new CharterAppFactory(_database, settings: WithPublicUrl(smtp.Settings()));

        var page = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/account/notification-mail/stop?token=forged"));

        Assert.Contains("This link is not valid.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("stop-notification-mail", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notify_SmtpButNoPublicUrl_MailsNothing()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var app = new CharterAppFactory(_database, settings: smtp.Settings());
        var beto = await TestPeople.CreateAsync(app, CharterRole.Member, "Beto");

        await NotifyAsync(app, [beto.Id], NotificationKinds.BallotOpened, "Artículo 3", "/ballots/x");

        Assert.False(app.Services.GetRequiredService<Charter.Web.Mail.NotificationMailQueue>().IsEnabled);
        Assert.False(app.Services.GetRequiredService<Charter.Web.Mail.NotificationMailQueue>().Waiting.TryPeek(out _));
        Assert.False(smtp.TryTake(out _));
    }

    private static Dictionary<string, string> WithPublicUrl(Dictionary<string, string> settings)
    {
        settings["Charter:Mail:PublicUrl"] = Site;
        return settings;
    }

    private static async Task NotifyAsync(CharterAppFactory app, string[] people, string kind, string subject, string link) =>
        await app.Services.GetRequiredService<NotificationService>().NotifyAsync(people, kind, subject, link, CancellationToken.None);

    private static async Task<bool> ReceivesMailAsync(CharterAppFactory app, string personId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<UserManager<Person>>().FindByIdAsync(personId);
        return person!.ReceivesNotificationMail;
    }

    [GeneratedRegex("<input[^>]*id=\"profile-notification-mail\"[^>]*checked|<input[^>]*checked[^>]*id=\"profile-notification-mail\"")]
    private static partial Regex TickedMailBox();

    [GeneratedRegex(@"https://charter\.example\.org/account/notification-mail/stop\?token=[^\s]+")]
    private static partial Regex StopLink();
}
