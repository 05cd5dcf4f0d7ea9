using System.Net.Http.Headers;
using System.Reflection;
using AngleSharp.Html.Parser;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Tests.TestSupport;
using Charter.Web.Tests.Versions;

namespace Charter.Web.Tests.Audit;

/// <summary>The audit page names every action in the reader's language, never by its stored code.</summary>
public sealed class AuditActionNamesTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public static TheoryData<string?> Languages() => [null, .. ResourceFiles.Translations];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Resources_EveryAuditAction_HasANameInEachLanguage(string? language)
    {
        var texts = ResourceFiles.Read("AccountsText", language)!;

        var missing = AuditActions.All.Where(action => !texts.ContainsKey($"Audit.Action.{action}")).ToList();

        Assert.Empty(missing);
    }

    /// <summary>
    /// Every action name the code declares, wherever it declares it (the audit, governance,
    /// publishing and invitation code each name theirs), is in <see cref="AuditActions.All"/>.
    /// </summary>
    [Fact]
    public void AuditActions_All_HoldsEveryActionNameTheCodeDeclares()
    {
        var declared = typeof(AuditActions).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                .Where(field => type == typeof(AuditActions) || type.Name.Contains("Audit", StringComparison.Ordinal) || field.Name.EndsWith("Action", StringComparison.Ordinal))
                .Select(field => $"{type.Name}.{field.Name} = {field.GetRawConstantValue()}"))
            .ToList();

        Assert.NotEmpty(declared);
        var unlisted = declared.Where(d => !AuditActions.All.Contains(d[(d.IndexOf(" = ", StringComparison.Ordinal) + 3)..])).ToList();
        Assert.True(unlisted.Count == 0, $"Not in AuditActions.All: {string.Join("; ", unlisted)}");
        Assert.Equal(AuditActions.All.Count, AuditActions.All.Distinct().Count());
    }

    [Fact]
    public async Task AuditPage_SpanishSteward_SaysActionsAndDetailsInSpanishAndKeepsWhatWasStored()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward, language: "es"));
        (await VersionPublishTests.PublishAsync(steward, "Primera versión")).EnsureSuccessStatusCode();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/audit");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("es"));
        using var response = await steward.SendAsync(request);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        var published = page.QuerySelector($".audit-action[data-action='{AuditActions.VersionPublished}']")!;
        Assert.Equal("Versión publicada", published.TextContent);
        Assert.Contains("Versión publicada", page.QuerySelectorAll("#audit-actions option").Select(o => o.TextContent));
        Assert.Equal("v/1", published.Closest("tr")!.QuerySelector("td:nth-child(5) a")!.GetAttribute("href"));
        var details = published.Closest("tr")!.QuerySelector(".audit-details")!;
        Assert.Matches("^hash [0-9a-f]+; notas: Primera versión$", details.TextContent);
        Assert.Matches("^hash [0-9a-f]+; Primera versión$", details.GetAttribute("title")!);
    }

    public void Dispose() => _database.Dispose();
}
