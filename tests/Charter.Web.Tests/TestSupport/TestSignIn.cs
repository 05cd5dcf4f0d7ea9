using System.Net;
using Charter.Web.Accounts;
using Charter.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// Signing people in for tests that talk to an app over real HTTP (Kestrel in process, or the app
/// as a child process): people are created with the app's own Identity services on the test's
/// database, then log in through the real login form.
/// </summary>
internal static class TestSignIn
{
    /// <summary>Creates a person on <paramref name="database"/> with the app's accounts services, as the app would.</summary>
    public static async Task<Person> SeedPersonAsync(TempDatabase database, CharterRole role, string? name = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(CharterPaths.Locate())
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Charter"] = database.ConnectionString })
                .Build())
            .AddCharterAccounts()
            .AddSingleton<ISessionTermination, RecordingSessionTermination>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await CreateAsync(scope.ServiceProvider, role, name);
    }

    public static Task<Person> CreateAsync(IServiceProvider services, CharterRole role, string? name = null) =>
        services.GetRequiredService<PersonFactory>().CreateAsync(
            new PersonSignUp($"{Guid.NewGuid():N}@example.org", name ?? $"{role} {Guid.NewGuid():N}"[..20], TestPeople.Password, "en"), role);

    /// <summary>Logs in through the form at <paramref name="baseAddress"/>; returns the Cookie header value.</summary>
    public static async Task<string> CookieAsync(Uri baseAddress, Person person)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var response = await ServerForms.SubmitAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = person.Email!,
            ["Input.Password"] = TestPeople.Password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in for {person.Email} failed: {response.StatusCode}");
        return $"{AccountCookie.Name}={cookies.GetCookies(baseAddress)[AccountCookie.Name]!.Value}";
    }
}
