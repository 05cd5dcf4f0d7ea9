using System.Net;
using Charter.Web.Accounts;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Components.Accounts;

/// <summary>
/// The account forms posted invalid to the real app: their validation messages come in the
/// person's interface language, never in the framework's English.
/// </summary>
public sealed class ValidationLanguageTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Login_PostedEmptyInSpanish_ShowsSpanishMessages()
    {
        await using var app = new CharterAppFactory(_database);
        var client = BrowserIn(app, "es");

        var page = await PostAsync(client, "/account/login", "login", new() { ["Input.Email"] = "", ["Input.Password"] = "" });

        Assert.Contains("Escribe una dirección de correo electrónico.", page, StringComparison.Ordinal);
        Assert.Contains("Escribe una contraseña.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("field is required", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "Eso no es una dirección de correo electrónico", "Escribe el nombre que verán las demás personas.")]
    [InlineData("pt", "Isso não é um endereço de e-mail", "Informe o nome que as outras pessoas verão.")]
    [InlineData("fr", "Ce n’est pas une adresse e-mail", "Saisissez le nom que les autres verront.")]
    public async Task SignUp_PostedInvalid_ShowsMessagesInTheVisitorsLanguage(string language, string badEmail, string nameMissing)
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var invitation = await app.InScopeAsync(s => s.GetRequiredService<InvitationService>().CreateAsync(PersonStanding.Of(steward), CharterRole.Member, TimeSpan.FromDays(1), ""));
        var client = BrowserIn(app, language);

        var page = await PostAsync(client, invitation.Path, "join", new()
        {
            ["Input.Email"] = "not-an-address",
            ["Input.DisplayName"] = "",
            ["Input.Password"] = TestPeople.Password,
            ["Input.PreferredLanguage"] = language,
        });

        Assert.Contains(badEmail, page, StringComparison.Ordinal);
        Assert.Contains(nameMissing, page, StringComparison.Ordinal);
        Assert.DoesNotContain("is not a valid e-mail address", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_PostedWithoutNameByPortugueseMember_ShowsPortugueseMessage()
    {
        await using var app = new CharterAppFactory(_database);
        var member = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Member, language: "pt"));

        var page = await PostAsync(member, "/account/profile", "profile", new()
        {
            ["Input.DisplayName"] = "",
            ["Input.PreferredLanguage"] = "pt",
            ["Input.PresenceColour"] = "#336699",
        });

        Assert.Contains("Informe o nome que as outras pessoas verão.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_PostedForTooManyDaysByFrenchSteward_ShowsFrenchMessageAndCreatesNoLink()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward, language: "fr"));

        var page = await PostAsync(steward, "/people", "invite", new()
        {
            ["Invite.Role"] = "Member",
            ["Invite.ValidDays"] = "99",
            ["Invite.Note"] = "",
        });

        Assert.Contains("Une invitation est valable de 1 à 30 jours.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/account/join/", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_PostedWithDaysNotANumberByFrenchSteward_ShowsFrenchMessage()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward, language: "fr"));

        var page = await PostAsync(steward, "/people", "invite", new() { ["Invite.Role"] = "Member", ["Invite.ValidDays"] = "sept" });

        Assert.Contains("Une invitation est valable de 1 à 30 jours.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_PostedWithoutPasswordInSpanish_ShowsSpanishMessage()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        var link = await app.InScopeAsync(s => s.GetRequiredService<PeopleAdministration>().IssuePasswordResetAsync(PersonStanding.Of(steward), member.Id));

        var page = await PostAsync(BrowserIn(app, "es"), link, "reset", new() { ["Input.Password"] = "" });

        Assert.Contains("Escribe una contraseña.", page, StringComparison.Ordinal);
    }

    private static HttpClient BrowserIn(CharterAppFactory app, string language)
    {
        var client = app.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>Posts the form and returns the page as a person reads it (the app encodes accented letters).</summary>
    private static async Task<string> PostAsync(HttpClient client, string path, string form, Dictionary<string, string> fields)
    {
        var response = await ServerForms.SubmitAsync(client, path, form, fields);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}:\n{page}");
        return WebUtility.HtmlDecode(page);
    }
}
