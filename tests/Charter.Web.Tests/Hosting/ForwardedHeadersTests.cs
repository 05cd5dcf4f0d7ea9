using System.Net;
using System.Net.WebSockets;
using System.Text.RegularExpressions;
using Charter.Web.Accounts;
using Charter.Web.Collaboration.Hub;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Hosting;

/// <summary>
/// The app behind a TLS proxy on real Kestrel: the proxy (this test, from 127.0.0.1) says the
/// browser used https and which address it came from. Believed only when configured.
/// </summary>
public sealed partial class ForwardedHeadersTests : IDisposable
{
    private const string PublicOrigin = "https://charter.example.org";

    private readonly TempDatabase _database = new();

    private static Dictionary<string, string> BehindProxy => new() { ["Charter:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" };

    [Fact]
    public async Task LogIn_ThroughAConfiguredTlsProxy_CookiesAreSecure()
    {
        await using var app = new CharterAppFactory(_database, settings: BehindProxy);
        HubClients.StartOnKestrel(app);
        var person = await TestPeople.CreateAsync(app, CharterRole.Member);

        var cookies = await LogInAsync(app, person, forwarded: true);

        Assert.Contains("secure", cookies[AccountCookie.Name], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookies[KnownDevices.CookieName], StringComparison.OrdinalIgnoreCase);
        Assert.All(cookies.Where(c => c.Key.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)), c => Assert.Contains("secure", c.Value, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task LogIn_ForwardedHeadersWithNoProxyConfigured_AreIgnored()
    {
        await using var app = new CharterAppFactory(_database);
        HubClients.StartOnKestrel(app);
        var person = await TestPeople.CreateAsync(app, CharterRole.Member);

        var cookies = await LogInAsync(app, person, forwarded: true);

        Assert.DoesNotContain("secure", cookies[AccountCookie.Name], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HubHandshake_ProxysHttpsOrigin_IsAcceptedAndAForeignOneIsNot()
    {
        await using var app = new CharterAppFactory(_database, settings: BehindProxy);
        HubClients.StartOnKestrel(app);
        var (_, cookie) = await TestPeople.CreateSignedInAsync(app, CharterRole.Member);

        Assert.Equal(HttpStatusCode.SwitchingProtocols, await HandshakeAsync(app, cookie, PublicOrigin, forwarded: true));
        Assert.Equal(HttpStatusCode.Forbidden, await HandshakeAsync(app, cookie, "https://attacker.example", forwarded: true));
        Assert.Equal(HttpStatusCode.Forbidden, await HandshakeAsync(app, cookie, PublicOrigin, forwarded: false));
    }

    [Fact]
    public async Task LogIn_GuessingFromOneForwardedAddress_DoesNotSlowAnother()
    {
        await using var app = new CharterAppFactory(_database, settings: BehindProxy);
        HubClients.StartOnKestrel(app);
        var person = await TestPeople.CreateAsync(app, CharterRole.Member);
        using var guesser = PlainClient(app);
        guesser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        for (var i = 0; i < SignInThrottle.PerAccountFromClient.FreeAttempts; i++)
        {
            using var _ = await ServerForms.SubmitAsync(guesser, "/account/login", "login", LoginFields(person.Email!, $"guess {i}"));
        }

        using var refused = await ServerForms.SubmitAsync(guesser, "/account/login", "login", LoginFields(person.Email!, TestPeople.Password));
        using var owner = PlainClient(app);
        owner.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.9");
        using var signedIn = await ServerForms.SubmitAsync(owner, "/account/login", "login", LoginFields(person.Email!, TestPeople.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    /// <summary>Signs in through the form; returns every Set-Cookie by cookie name.</summary>
    private static async Task<Dictionary<string, string>> LogInAsync(CharterAppFactory app, Person person, bool forwarded)
    {
        var jar = new Dictionary<string, string>();
        using var client = PlainClient(app);
        if (forwarded)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
            client.DefaultRequestHeaders.Add("X-Forwarded-Host", "charter.example.org");
        }

        using var page = await client.GetAsync("/account/login");
        Keep(page, jar);
        var token = Token().Match(await page.Content.ReadAsStringAsync());
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(LoginFields(person.Email!, TestPeople.Password))
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["token"].Value),
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", jar.Values.Select(v => v.Split(';')[0])));
        using var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Keep(response, jar);
        return jar;
    }

    private static void Keep(HttpResponseMessage response, Dictionary<string, string> jar)
    {
        foreach (var setCookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            jar[setCookie[..setCookie.IndexOf('=', StringComparison.Ordinal)]] = setCookie;
        }
    }

    private static async Task<HttpStatusCode> HandshakeAsync(CharterAppFactory app, string cookie, string origin, bool forwarded)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Cookie", cookie);
        socket.Options.SetRequestHeader("Origin", origin);
        if (forwarded)
        {
            socket.Options.SetRequestHeader("X-Forwarded-Proto", "https");
            socket.Options.SetRequestHeader("X-Forwarded-Host", "charter.example.org");
        }

        var hub = new UriBuilder(new Uri(HubClients.BaseAddress(app), CharterHub.Path)) { Scheme = "ws" }.Uri;
        try
        {
            await socket.ConnectAsync(hub, CancellationToken.None);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Refused: the status code says why.
        }

        return socket.HttpStatusCode;
    }

    private static HttpClient PlainClient(CharterAppFactory app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = app.ClientOptions.BaseAddress };

    private static Dictionary<string, string> LoginFields(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();

    public void Dispose() => _database.Dispose();
}
