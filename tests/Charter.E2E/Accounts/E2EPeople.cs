using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Charter.E2E.Accounts;

/// <summary>
/// People on a running server, made the way people are really made: the first steward through
/// the printed setup link, everyone else through an invitation from that steward's people page and
/// the sign-up form. Plain HTTP posts of the real forms; no test-only door in the app.
/// </summary>
public sealed partial class E2EPeople(CharterServer server)
{
    public const string Password = "correct horse battery staple";

    private readonly SemaphoreSlim _stewardLock = new(1, 1);
    private HttpClient? _steward;

    /// <summary>
    /// Invites and signs up a new person with <paramref name="role"/> (Member, Observer, Steward),
    /// whose profile asks for the interface in <paramref name="language"/>.
    /// </summary>
    public async Task<E2EPerson> CreateAsync(string role, string displayName, string language = "en")
    {
        var steward = await StewardAsync();
        var invited = await ServerForms.SubmitAsync(steward, "/people", "invite", new Dictionary<string, string>
        {
            ["Invite.Role"] = role,
            ["Invite.ValidDays"] = "1",
            ["Invite.Note"] = displayName,
        });
        var link = JoinLink().Match(await invited.Content.ReadAsStringAsync());
        if (!link.Success)
        {
            throw new InvalidOperationException($"The people page showed no invitation link for {displayName}.");
        }

        return await SignUpAsync(link.Value, displayName, language);
    }

    /// <summary>An invitation link for <paramref name="role"/>, for tests that sign up in the browser.</summary>
    public async Task<string> InviteAsync(string role)
    {
        var invited = await ServerForms.SubmitAsync(await StewardAsync(), "/people", "invite", new Dictionary<string, string>
        {
            ["Invite.Role"] = role,
            ["Invite.ValidDays"] = "1",
            ["Invite.Note"] = "browser sign-up",
        });
        return JoinLink().Match(await invited.Content.ReadAsStringAsync()).Value;
    }

    /// <summary>Deactivates <paramref name="person"/> from the steward's people page.</summary>
    public async Task DeactivateAsync(E2EPerson person)
    {
        var steward = await StewardAsync();
        var page = await steward.GetStringAsync("/people");
        var row = Regex.Match(page, $"<tr data-person=\"{Regex.Escape(person.Email)}\">.*?</tr>", RegexOptions.Singleline).Value;
        var command = Regex.Match(row, "value=\"(deactivate::[^\"]+)\"").Groups[1].Value;
        var response = await ServerForms.SubmitAsync(steward, "/people", "person-command", new Dictionary<string, string> { ["Command"] = command });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Gives <paramref name="person"/> another role (Member, Observer, Steward) from the steward's people page.</summary>
    public async Task ChangeRoleAsync(E2EPerson person, string role)
    {
        var steward = await StewardAsync();
        var page = await steward.GetStringAsync("/people");
        var row = Regex.Match(page, $"<tr data-person=\"{Regex.Escape(person.Email)}\">.*?</tr>", RegexOptions.Singleline).Value;
        var command = Regex.Match(row, $"value=\"(role:{role}:[^\"]+)\"").Groups[1].Value;
        var response = await ServerForms.SubmitAsync(steward, "/people", "person-command", new Dictionary<string, string> { ["Command"] = command });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Gives a browser context the person's sign-in cookie, as if they had logged in there.</summary>
    public static Task SignInAsync(IBrowserContext context, E2EPerson person, Uri server) =>
        context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = person.CookieName, Value = person.CookieValue, Url = server.ToString() }]);

    private async Task<E2EPerson> SignUpAsync(string joinLink, string displayName, string language)
    {
        var (client, cookies) = NewClient();
        using (client)
        {
            var email = $"{Regex.Replace(displayName.ToLowerInvariant(), "[^a-z0-9]", "")}-{Guid.NewGuid():N}@example.org";
            var joined = await ServerForms.SubmitAsync(client, joinLink, "join", new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.DisplayName"] = displayName,
                ["Input.Password"] = Password,
                ["Input.PreferredLanguage"] = language,
            });
            if (joined.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Sign-up for {displayName} failed:\n{await joined.Content.ReadAsStringAsync()}");
            }

            var cookie = cookies.GetCookies(server.BaseAddress)["charter.auth"]
                ?? throw new InvalidOperationException($"Sign-up for {displayName} set no sign-in cookie.");
            return new E2EPerson(displayName, email, cookie.Name, cookie.Value);
        }
    }

    private async Task<HttpClient> StewardAsync()
    {
        await _stewardLock.WaitAsync();
        try
        {
            if (_steward is null)
            {
                var setup = SetupLink().Match(server.Output);
                if (!setup.Success)
                {
                    throw new InvalidOperationException($"The server printed no setup link:\n{server.Output}");
                }

                var (client, _) = NewClient();
                var created = await ServerForms.SubmitAsync(client, new Uri(setup.Value).PathAndQuery, "setup", new Dictionary<string, string>
                {
                    ["Input.Email"] = "steward@example.org",
                    ["Input.DisplayName"] = "Steward",
                    ["Input.Password"] = Password,
                    ["Input.PreferredLanguage"] = "en",
                });
                if (created.StatusCode != HttpStatusCode.Redirect)
                {
                    throw new InvalidOperationException($"The setup link did not create the steward:\n{await created.Content.ReadAsStringAsync()}");
                }

                _steward = client;
            }

            return _steward;
        }
        finally
        {
            _stewardLock.Release();
        }
    }

    private (HttpClient Client, CookieContainer Cookies) NewClient()
    {
        var cookies = new CookieContainer();
        var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        return (new HttpClient(handler) { BaseAddress = server.BaseAddress }, cookies);
    }

    [GeneratedRegex(@"https?://\S+?/account/setup/[A-Za-z0-9_-]+")]
    private static partial Regex SetupLink();

    [GeneratedRegex("/account/join/[A-Za-z0-9_-]+")]
    private static partial Regex JoinLink();
}
