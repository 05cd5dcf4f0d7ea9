using System.Net;
using System.Text.RegularExpressions;

namespace Charter.E2E.Hosting;

/// <summary>
/// The build output, started in Production as the README says, serves the framework's script the
/// read view needs to go live; it once answered 500 there, which only Development hid.
/// </summary>
public sealed partial class FrameworkScriptTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    [Fact]
    public async Task ReadView_InProductionFromTheBuildOutput_ItsBlazorScriptAnswers200()
    {
        using var http = new HttpClient { BaseAddress = charter.Server.BaseAddress };
        var page = await http.GetStringAsync("/");
        var script = BlazorScript().Match(page);
        Assert.True(script.Success, $"The read view names no blazor.web.js:\n{page}");

        using var response = await http.GetAsync(script.Groups["src"].Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Blazor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("""<script src="(?<src>[^"]*_framework/blazor\.web\.[^"]*js)""")]
    private static partial Regex BlazorScript();
}
