using System.Net;
using Charter.Web.Accounts;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Accounts;

/// <summary>Who may open which page: stewards manage people; see <see cref="VisitorAccessTests"/> for visitors.</summary>
public sealed class AccessTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Theory]
    [InlineData("/people")]
    [InlineData("/audit")]
    public async Task StewardPages_Member_IsDenied(string path)
    {
        await using var app = new CharterAppFactory(_database);
        var client = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Member));

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Logout_Post_EndsTheSession()
    {
        await using var app = new CharterAppFactory(_database);
        var client = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Member));

        var logout = await PostLogoutAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/profile")).StatusCode);
    }

    public void Dispose() => _database.Dispose();

    private static async Task<HttpResponseMessage> PostLogoutAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token),
        }));
    }
}
