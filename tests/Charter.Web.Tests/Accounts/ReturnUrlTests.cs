using System.Net;
using System.Text.RegularExpressions;
using Charter.Web.Accounts;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Accounts;

/// <summary>
/// Wherever a form carries a <c>returnUrl</c> (signing in, signing out), anything that is not a
/// plain path on this site sends people to <c>/</c> instead, without an error.
/// </summary>
public sealed partial class ReturnUrlTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public static TheoryData<string> BadReturnUrls() =>
        ["https://evil.example/", "//evil.example/", "/\\evil.example", "/a\\b", "/\u0001", "/\r\nSet-Cookie: a=b", "javascript:alert(1)"];

    [Theory]
    [MemberData(nameof(BadReturnUrls))]
    public async Task LogOut_BadReturnUrl_GoesHome(string returnUrl)
    {
        await using var app = new CharterAppFactory(_database);
        var person = await TestPeople.CreateAsync(app, CharterRole.Member);
        var client = await TestPeople.SignedInClientAsync(app, person);
        var token = LogoutToken().Match(await client.GetStringAsync("/account/profile"));
        Assert.True(token.Success);

        using var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["token"].Value),
            ["returnUrl"] = returnUrl,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(BadReturnUrls))]
    public async Task LogIn_BadReturnUrl_GoesHome(string returnUrl)
    {
        await using var app = new CharterAppFactory(_database);
        var person = await TestPeople.CreateAsync(app, CharterRole.Member);
        using var client = app.CreateBrowserLikeClient();

        using var response = await ServerForms.SubmitAsync(client, $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = person.Email!,
            ["Input.Password"] = TestPeople.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri(client.BaseAddress!, "/"), new Uri(client.BaseAddress!, response.Headers.Location!));
    }

    [GeneratedRegex("action=\"account/logout\"[^>]*>\\s*<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex LogoutToken();

    public void Dispose() => _database.Dispose();
}
