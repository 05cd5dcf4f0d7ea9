using System.IO.Compression;
using Charter.E2E.Accounts;
using Charter.E2E.Editing;
using Microsoft.Playwright;

namespace Charter.E2E.Versions;

/// <summary>
/// Endorsements in Chromium against the real app in Production, at 375 px: a steward makes an
/// organisation with a delegate and publishes version 1; the delegate endorses it for the
/// organisation and a member endorses it personally; version 2 is published, its page names both
/// as not having re-endorsed, and the archive's ENDORSEMENTS.md lists both with the v1 hash.
/// </summary>
public sealed class EndorsementFlowTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    [Fact]
    public async Task EndorseVersionOne_ThenPublishTwo_PageAsksForReEndorsementAndTheArchiveListsTheV1Hash()
    {
        var delegatePerson = await charter.People.CreateAsync("Member", "Ana Delegada");
        var member = await charter.People.CreateAsync("Member", "Pedro Persona");
        var steward = await SignedInPageAsync(await charter.People.CreateAsync("Steward", "Sol Steward"));
        await steward.GotoAsync("people");
        await OrganisationsOnPeople.CreateAsync(steward, "Red Comunitaria", "Guatemala");
        await OrganisationsOnPeople.NameDelegateAsync(steward, "Red Comunitaria", "Ana Delegada");
        await PublishAsync(steward, 1);

        var delegatePage = await SignedInPageAsync(delegatePerson);
        await delegatePage.GotoAsync("v/1");
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "Endorse version 1 on behalf of Red Comunitaria" }).ClickAsync();
        await Assertions.Expect(delegatePage.Locator("#endorsements p[role=status]")).ToHaveTextAsync("Red Comunitaria endorsed version 1.");

        var memberPage = await SignedInPageAsync(member);
        await memberPage.GotoAsync("v/1");
        await memberPage.Locator("#endorse-country").SelectOptionAsync("PE");
        await memberPage.Locator("#endorse-country").FocusAsync();
        await memberPage.Keyboard.PressAsync("Tab");
        await memberPage.Keyboard.PressAsync("Enter");
        await Assertions.Expect(memberPage.Locator("#endorsements p[role=status]")).ToHaveTextAsync("You endorsed version 1.");
        await Assertions.Expect(memberPage.Locator(".endorsements-organisations li[data-endorser-kind='organisation']")).ToContainTextAsync("Red Comunitaria");
        await Assertions.Expect(memberPage.Locator(".endorsements-people")).ToContainTextAsync("Pedro Persona");
        var v1Hash = await memberPage.Locator("code.version-hash").InnerTextAsync();

        await PublishAsync(steward, 2);
        await steward.GotoAsync("v/2");
        var notReEndorsed = steward.Locator(".not-re-endorsed");
        await Assertions.Expect(notReEndorsed.Locator("h3")).ToHaveTextAsync("Signed an earlier version but not version 2");
        await Assertions.Expect(notReEndorsed.Locator("li[data-endorser-kind='organisation']")).ToContainTextAsync("Red Comunitaria");
        await Assertions.Expect(notReEndorsed.Locator("li[data-endorser-kind='person']")).ToContainTextAsync("Pedro Persona");

        var download = await steward.RunAndWaitForDownloadAsync(() =>
            steward.GetByRole(AriaRole.Link, new() { Name = "Every version with its endorsements (.zip)" }).ClickAsync());
        using var archive = new ZipArchive(File.OpenRead(await download.PathAsync()), ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry("ENDORSEMENTS.md")!.Open());
        var endorsements = await reader.ReadToEndAsync();
        Assert.Contains($"| 1 | `{v1Hash}` | Red Comunitaria | organisation | Ana Delegada | GT |", endorsements, StringComparison.Ordinal);
        Assert.Contains($"| 1 | `{v1Hash}` | Pedro Persona | person |  | PE |", endorsements, StringComparison.Ordinal);
        foreach (var page in new[] { steward, delegatePage, memberPage })
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> SignedInPageAsync(Accounts.E2EPerson person)
    {
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = charter.Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(EditorPage.Patience);
        await Accounts.E2EPeople.SignInAsync(context, person, charter.Server.BaseAddress);
        return await context.NewPageAsync();
    }

    private static async Task PublishAsync(IPage steward, int number)
    {
        await steward.GotoAsync("versions");
        await steward.FillAsync("#publish-notes", $"Version {number} for endorsement");
        await steward.CheckAsync("#publish-confirm");
        await steward.GetByRole(AriaRole.Button, new() { Name = $"Publish version {number}" }).ClickAsync();
        await Assertions.Expect(steward.Locator($"tr[data-version='{number}']")).ToBeVisibleAsync();
    }
}
