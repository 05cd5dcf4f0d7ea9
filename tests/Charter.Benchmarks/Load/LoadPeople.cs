using System.Net;
using System.Text.RegularExpressions;
using Charter.Testing;

namespace Charter.Benchmarks.Load;

/// <summary>
/// Signs up one member per load client, the way people really join: the first steward through
/// the setup link the server printed, each member through an invitation from the people page.
/// Each client is its own person, so the per-person rate limit applies per client.
/// </summary>
public static partial class LoadPeople
{
    private const string Password = "load benchmark passphrase";

    /// <summary>Cookie header values, one per member.</summary>
    public static async Task<IReadOnlyList<string>> SignUpMembersAsync(ServerProcess server, int count)
    {
        var setupLink = await server.WaitForSetupLinkAsync();
        var (steward, _) = NewClient(server.BaseAddress);
        using (steward)
        {
            await SubmitAsync(steward, new Uri(setupLink).PathAndQuery, "setup", SignUp("steward@load.example", "Load steward"));
            var cookies = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                var invited = await SubmitAsync(steward, "/people", "invite", new Dictionary<string, string>
                {
                    ["Invite.Role"] = "Member",
                    ["Invite.ValidDays"] = "1",
                    ["Invite.Note"] = $"load client {i}",
                });
                var link = JoinLink().Match(await invited.Content.ReadAsStringAsync()).Value;
                var (member, jar) = NewClient(server.BaseAddress);
                using (member)
                {
                    await SubmitAsync(member, link, "join", SignUp($"member{i}@load.example", $"Load {i}"));
                    cookies.Add($"charter.auth={jar.GetCookies(server.BaseAddress)["charter.auth"]!.Value}");
                }
            }

            return cookies;
        }
    }

    private static Dictionary<string, string> SignUp(string email, string name) => new()
    {
        ["Input.Email"] = email,
        ["Input.DisplayName"] = name,
        ["Input.Password"] = Password,
        ["Input.PreferredLanguage"] = "en",
    };

    private static (HttpClient Client, CookieContainer Jar) NewClient(Uri baseAddress)
    {
        var jar = new CookieContainer();
        return (new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = baseAddress }, jar);
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        var response = await ServerForms.SubmitAsync(client, path, formName, fields);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.OK))
        {
            throw new InvalidOperationException($"{path} ({formName}) answered {response.StatusCode}.");
        }

        return response;
    }

    [GeneratedRegex("/account/join/[A-Za-z0-9_-]+")]
    private static partial Regex JoinLink();
}
