using System.Net;
using Charter.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// Makes people for tests through the app's own Identity APIs (no backdoor in the app), and signs
/// them in through the real login form to get their cookie.
/// </summary>
internal static class TestPeople
{
    public const string Password = "correct horse battery staple";

    /// <summary>Creates a person whose profile asks for the interface in <paramref name="language"/>.</summary>
    public static async Task<Person> CreateAsync(CharterAppFactory app, CharterRole role, string? name = null, string language = "en")
    {
        name ??= $"{role} {Guid.NewGuid():N}"[..20];
        return await app.InScopeAsync(services => services.GetRequiredService<PersonFactory>().CreateAsync(
            new PersonSignUp($"{Guid.NewGuid():N}@example.org", name, Password, language), role));
    }

    /// <summary>A client carrying the person's sign-in cookie, like their browser after logging in.</summary>
    public static async Task<HttpClient> SignedInClientAsync(CharterAppFactory app, Person person)
    {
        var client = app.CreateBrowserLikeClient();
        var response = await ServerForms.SubmitAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = person.Email!,
            ["Input.Password"] = Password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in for {person.Email} failed: {response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>Creates a person with <paramref name="role"/> and returns their sign-in cookie as a Cookie header value.</summary>
    public static async Task<(Person Person, string Cookie)> CreateSignedInAsync(CharterAppFactory app, CharterRole role, string? name = null, string language = "en")
    {
        var person = await CreateAsync(app, role, name, language);
        var jar = new CookieJarHandler();
        using var client = app.CreateClientWithJar(jar);
        var response = await ServerForms.SubmitAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = person.Email!,
            ["Input.Password"] = Password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in for {person.Email} failed: {response.StatusCode}");
        var cookie = $"{AccountCookie.Name}={jar.Cookies.GetCookies(app.ClientOptions.BaseAddress)[AccountCookie.Name]!.Value}";
        return (person, cookie);
    }
}
