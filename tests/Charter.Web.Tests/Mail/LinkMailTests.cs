using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Charter.Web.Accounts;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Mail;

/// <summary>
/// Stewards mailing reset and invitation links from the people page of the real app, through a
/// real SMTP conversation with <see cref="SmtpTestServer"/>; and nothing about mail without SMTP.
/// </summary>
public sealed partial class LinkMailTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ResetMail_MemberPrefersSpanish_SmtpServerReceivesSpanishMailWithTheLink()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var app = new CharterAppFactory(_database, settings: smtp.Settings());
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward, "Ana Steward"));
        var member = await TestPeople.CreateAsync(app, CharterRole.Member, "Beto", language: "es");

        var page = await PostAsync(steward, "person-command", new() { ["Command"] = $"reset-mail::{member.Id}" });
        var mail = await smtp.NextAsync();

        var link = ResetLink().Match(page).Value;
        Assert.StartsWith("http://localhost/account/reset?person=", link, StringComparison.Ordinal);
        Assert.Contains($"A password reset link was e-mailed to {member.Email}.", page, StringComparison.Ordinal);
        Assert.Equal([member.Email!], mail.Recipients);
        Assert.Equal("charter@example.org", mail.From);
        var message = mail.Message;
        Assert.Equal(member.Email, Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Elige una nueva contraseña para Charter", message.Subject);
        Assert.Contains(link, message.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Hola, Beto:", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Ana Steward", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvitationMail_FrenchSteward_SmtpServerReceivesFrenchMailWithTheJoinLink()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var app = new CharterAppFactory(_database, settings: smtp.Settings());
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward, "Chloé", language: "fr"));

        var page = await PostAsync(steward, "invite", new()
        {
            ["Invite.Role"] = "Observer",
            ["Invite.ValidDays"] = "7",
            ["Invite.Note"] = "Dora",
            ["Invite.Email"] = "dora@example.org",
        });
        var mail = await smtp.NextAsync();

        var link = JoinLink().Match(page).Value;
        Assert.NotEmpty(link);
        Assert.Contains("L’invitation a été envoyée par e-mail à dora@example.org.", page, StringComparison.Ordinal);
        Assert.Equal(["dora@example.org"], mail.Recipients);
        Assert.Equal("Une invitation à rédiger la Déclaration des droits sur Charter", mail.Message.Subject);
        Assert.Contains(link, mail.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Chloé vous invite à rejoindre Charter (rôle : observatrice).", mail.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetMail_SmtpServerUnreachable_SaysSoAndStillShowsTheLinkToCopy()
    {
        var settings = new Dictionary<string, string>
        {
            ["Charter:Mail:Smtp:Host"] = "127.0.0.1",
            ["Charter:Mail:Smtp:Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Charter:Mail:Smtp:Tls"] = "None",
            ["Charter:Mail:Smtp:From"] = "charter@example.org",
        };
        await using var app = new CharterAppFactory(_database, settings: settings);
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward));
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);

        var page = await PostAsync(steward, "person-command", new() { ["Command"] = $"reset-mail::{member.Id}" });

        Assert.Contains($"The e-mail could not be sent: The mail server 127.0.0.1:{settings["Charter:Mail:Smtp:Port"]} did not take the message", page, StringComparison.Ordinal);
        Assert.Contains("Copy the link below and send it by hand.", page, StringComparison.Ordinal);
        Assert.Matches(ResetLink(), page);
        Assert.DoesNotContain("was e-mailed", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeoplePage_NoSmtpConfigured_OffersNoMail()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward));
        await TestPeople.CreateAsync(app, CharterRole.Member);

        var page = await steward.GetStringAsync("/people");

        Assert.Contains("value=\"reset::", page, StringComparison.Ordinal);
        Assert.DoesNotContain("reset-mail::", page, StringComparison.Ordinal);
        Assert.DoesNotContain("invite-email", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetMailCommand_NoSmtpConfigured_SendsNothingAndIssuesNoLink()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward));
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);

        var page = await PostAsync(steward, "person-command", new() { ["Command"] = $"reset-mail::{member.Id}" });

        Assert.DoesNotMatch(ResetLink(), page);
        Assert.False(smtp.TryTake(out _));
    }

    [Theory]
    [InlineData("Charter:Mail:Smtp:From", "", "Charter:Mail:Smtp:From must be the sender's e-mail address")]
    [InlineData("Charter:Mail:Smtp:User", "charter", "Charter:Mail:Smtp:User and Charter:Mail:Smtp:Password go together")]
    public async Task Start_SmtpSettingsIncomplete_FailsSayingWhat(string key, string value, string problem)
    {
        var settings = new Dictionary<string, string> { ["Charter:Mail:Smtp:Host"] = "127.0.0.1", ["Charter:Mail:Smtp:From"] = "charter@example.org", [key] = value };
        await using var app = new CharterAppFactory(_database, settings: settings);

        var failure = Assert.ThrowsAny<Exception>(app.Start);

        Assert.Contains(problem, failure.Message, StringComparison.Ordinal);
    }

    private static async Task<string> PostAsync(HttpClient steward, string form, Dictionary<string, string> fields)
    {
        var response = await ServerForms.SubmitAsync(steward, "/people", form, fields);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/people ({form}) answered {response.StatusCode}:\n{page}");
        return WebUtility.HtmlDecode(page);
    }

    /// <summary>A loopback port nothing listens on: taken from the system, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"http://localhost/account/reset\?person=[^\s<""]+")]
    private static partial Regex ResetLink();

    [GeneratedRegex(@"http://localhost/account/join/[A-Za-z0-9_-]+")]
    private static partial Regex JoinLink();
}
