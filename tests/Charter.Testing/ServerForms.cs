using System.Net;
using System.Text.RegularExpressions;

namespace Charter.Testing;

/// <summary>
/// Fills in the app's server-rendered forms as a browser does: fetch the page (for its antiforgery
/// token and cookie), then post the named form's fields back. No test-only door into the app.
/// </summary>
public static partial class ServerForms
{
    /// <exception cref="InvalidOperationException">The page has no antiforgery token, so it holds no form to post.</exception>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on {path}:\n{page}");
        }

        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["token"].Value),
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
