using System.Net;

namespace Charter.Web.Tests.TestSupport;

/// <summary>Keeps cookies like a browser, and lets the test read them (the factory's own handler hides them).</summary>
internal sealed class CookieJarHandler : DelegatingHandler
{
    public CookieContainer Cookies { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var header = Cookies.GetCookieHeader(request.RequestUri!);
        if (header.Length > 0)
        {
            request.Headers.Remove("Cookie");
            request.Headers.Add("Cookie", header);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                Cookies.SetCookies(request.RequestUri!, setCookie);
            }
        }

        return response;
    }
}
