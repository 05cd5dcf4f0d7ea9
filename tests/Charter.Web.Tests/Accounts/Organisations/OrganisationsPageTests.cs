using System.Net;
using Charter.Web.Accounts;
using Charter.Web.Accounts.Organisations;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Accounts.Organisations;

/// <summary>
/// The organisations on the People page and the profile, posted as a browser without script
/// posts them: each card's forms answer under their own scope, refusals come back in the
/// steward's language with what they typed kept.
/// </summary>
public sealed class OrganisationsPageTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Create_WebsiteWithoutScheme_RefusedInSpanishKeepingTheFieldsAndStoringNothing()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward, "Sol", language: "es");
        var client = await TestPeople.SignedInClientAsync(app, steward);

        var page = await PostAsync(client, "organisation-create", new()
        {
            ["Form.Name"] = "Red Comunitaria",
            ["Form.Country"] = "Guatemala",
            ["Form.Website"] = "red.example.org",
            ["Form.DescriptionLanguage"] = "es",
        });

        Assert.Contains("Escribe el sitio web como una dirección completa", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Red Comunitaria\"", page, StringComparison.Ordinal);
        Assert.Empty(await Directory(app).ListAsync());
    }

    [Fact]
    public async Task CardForms_EditAddAndNameADelegate_EachAnswersForItsOwnOrganisation_AndTheProfileShowsIt()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward, "Sol", language: "es");
        var ana = await TestPeople.CreateAsync(app, CharterRole.Member, "Ana");
        var client = await TestPeople.SignedInClientAsync(app, steward);
        await PostAsync(client, "organisation-create", new() { ["Form.Name"] = "Red", ["Form.Country"] = "Guatemala", ["Form.DescriptionLanguage"] = "es" });
        await PostAsync(client, "organisation-create", new() { ["Form.Name"] = "Coop", ["Form.Country"] = "Brasil", ["Form.DescriptionLanguage"] = "pt" });
        var red = (await Directory(app).ListAsync()).Single(o => o.Name == "Red").Id;
        var scope = $"[organisation-{red:N}]";

        var refused = await PostAsync(client, scope + "edit", new() { ["Form.Name"] = "", ["Form.Country"] = "Guatemala", ["Form.DescriptionLanguage"] = "es" });
        Assert.Contains("Dale un nombre a la organización.", refused, StringComparison.Ordinal);
        Assert.Equal("Red", (await Directory(app).FindAsync(red))!.Name);

        await PostAsync(client, scope + "add-member", new() { ["Adding.PersonId"] = ana.Id });
        var named = await PostAsync(client, scope + "people", new() { ["Command"] = $"delegate:{ana.Id}" });

        Assert.Contains("Ana deja de ser delegada o delegado", named, StringComparison.Ordinal);
        Assert.Equal(["Red"], (await Directory(app).DelegatesForAsync(ana.Id)).Select(o => o.Name));
        var profile = WebUtility.HtmlDecode(await (await TestPeople.SignedInClientAsync(app, ana)).GetStringAsync("/account/profile"));
        Assert.Contains("Red (Guatemala)", profile, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">Delegate</span>", profile, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    private static OrganisationDirectory Directory(CharterAppFactory app) => app.Services.GetRequiredService<OrganisationDirectory>();

    private static async Task<string> PostAsync(HttpClient client, string form, Dictionary<string, string> fields)
    {
        var response = await ServerForms.SubmitAsync(client, "/people", form, fields);
        response.EnsureSuccessStatusCode();
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
