using System.IO.Compression;
using System.Text.Json;
using Charter.Web.Accounts;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Endorsements;

/// <summary>The archive's endorsement files and the chain check of endorsements, on the real app and SQLite.</summary>
public sealed class EndorsementArchiveTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Archive_EndorsedVersionOne_BothFilesListEachEndorsementWithTheVersionOneHash()
    {
        var scenario = await EndorsementScenario.StartAsync(_database);
        await using var app = scenario.App;
        var delegatePerson = await TestPeople.CreateAsync(app, CharterRole.Member, "Eva Delegate");
        var organisation = await scenario.OrganisationAsync("Cooperativa Sur", "GT", delegatePerson);
        await scenario.EndorseAsync(delegatePerson, 1, organisation: organisation);
        await scenario.EndorseAsync(scenario.Steward, 1, "PE");
        await scenario.PublishAsync("two");
        string hash;
        using (var db = _database.OpenContext())
        {
            hash = db.Versions.Single(v => v.Number == 1).Hash;
        }

        using var zip = new ZipArchive(await app.CreateClient().GetStreamAsync("/versions.zip"), ZipArchiveMode.Read);

        var markdown = await ReadAsync(zip, "ENDORSEMENTS.md");
        Assert.Contains($"| 1 | `{hash}` | Cooperativa Sur | organisation | Eva Delegate | GT |", markdown, StringComparison.Ordinal);
        Assert.Contains($"| 1 | `{hash}` | Ana Steward | person |  | PE |", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("Cooperativa Sur", StringComparison.Ordinal) < markdown.IndexOf("Ana Steward", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(await ReadAsync(zip, "endorsements.json"));
        var listed = json.RootElement.GetProperty("endorsements").EnumerateArray()
            .Select(e => (e.GetProperty("version").GetInt32(), e.GetProperty("versionHash").GetString(), e.GetProperty("kind").GetString(), e.GetProperty("name").GetString()))
            .ToList();
        Assert.Equal([(1, hash, "organisation", "Cooperativa Sur"), (1, hash, "person", "Ana Steward")], listed);
        Assert.Contains("  ENDORSEMENTS.md\n", await ReadAsync(zip, "SHA256SUMS"), StringComparison.Ordinal);
        Assert.DoesNotContain("@", await ReadAsync(zip, "endorsements.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EndorsementsNamingChainHashes_Accepted()
    {
        var scenario = await EndorsementScenario.StartAsync(_database);
        await using var app = scenario.App;
        await scenario.EndorseAsync(scenario.Steward, 1);

        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/versions/verify"));
        var page = await app.CreateClient().GetStringAsync("/verify");

        Assert.Equal((1, true), (json.RootElement.GetProperty("endorsements").GetInt32(), json.RootElement.GetProperty("endorsementsHold").GetBoolean()));
        Assert.Empty(json.RootElement.GetProperty("endorsementProblems").EnumerateArray());
        Assert.Contains("data-endorsements-hold=\"true\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EndorsementHashTamperedInTheDatabase_RefusedNamingTheEndorsement()
    {
        var scenario = await EndorsementScenario.StartAsync(_database);
        await using var app = scenario.App;
        var member = await TestPeople.CreateAsync(app, CharterRole.Member, "Hugo Member");
        await scenario.EndorseAsync(member, 1);
        await scenario.EndorseAsync(scenario.Steward, 1);
        var forged = new string('a', 64);
        _database.Execute($"UPDATE endorsements SET VersionHash = '{forged}' WHERE Name = 'Hugo Member';");

        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/versions/verify"));
        var page = await app.CreateClient().GetStringAsync("/verify");

        Assert.True(json.RootElement.GetProperty("intact").GetBoolean());
        Assert.False(json.RootElement.GetProperty("endorsementsHold").GetBoolean());
        var problem = Assert.Single(json.RootElement.GetProperty("endorsementProblems").EnumerateArray()).GetString();
        Assert.Equal($"the endorsement by 'Hugo Member' of version 1 names the hash '{forged}', which no version in the chain has", problem);
        Assert.Contains("data-endorsements-hold=\"false\"", page, StringComparison.Ordinal);
        Assert.Contains("Some endorsements do not name a version hash in the chain:", page, StringComparison.Ordinal);
    }

    private static async Task<string> ReadAsync(ZipArchive zip, string path)
    {
        using var reader = new StreamReader(zip.GetEntry(path)!.Open());
        return await reader.ReadToEndAsync();
    }
}
