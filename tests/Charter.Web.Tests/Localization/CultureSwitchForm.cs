using System.Net;
using System.Text.RegularExpressions;

namespace Charter.Web.Tests.Localization;

/// <summary>
/// Uses the header's language switcher as a browser does: fetch a page for its antiforgery token
/// and cookie, then POST the switcher's form to <c>/culture</c>.
/// </summary>
internal static partial class CultureSwitchForm
{
    /// <summary>A page every visitor may open, whose header holds the switcher.</summary>
    public const string PageWithSwitcher = "/account/login";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? lang, string? returnUrl)
    {
        var page = await client.GetStringAsync(PageWithSwitcher);
        var token = SwitcherToken().Match(page);
        Assert.True(token.Success, $"No switcher form with an antiforgery token on {PageWithSwitcher}:\n{page}");
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["token"].Value) };
        if (lang is not null)
        {
            fields["lang"] = lang;
        }

        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return await client.PostAsync("/culture", new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("<nav class=\"ui-languages\"[^>]*>\\s*<form method=\"post\" action=\"culture\"[^>]*>\\s*<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex SwitcherToken();
}
