using System.Net;
using Charter.Domain.Endorsements;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Endorsements;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Endorsements;

/// <summary>Endorsing, withdrawing and hiding on the version page and through the services, on the real app and SQLite.</summary>
public sealed class EndorsingTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task EndorseForm_Member_ListedWithCountryAndTheVersionHashStored()
    {
        var scenario = await EndorsementScenario.StartAsync(_database);
        await using var app = scenario.App;
        var member = await TestPeople.CreateAsync(app, CharterRole.Member, "Bruno Member");
        var client = await TestPeople.SignedInClientAsync(app, member);

        var response = await EndorsementScenario.SubmitAsync(client, 1, "endorse", new() { ["Endorse.Country"] = "BR" });

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("You endorsed version 1.", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"endorser\">Bruno Member</span>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"endorser-country\">Brazil</span>", page, StringComparison.Ordinal);
        using var db = _database.OpenContext();
        var stored = Assert.Single(db.Endorsements);
        Assert.Equal((1, db.Versions.Single().Hash, "Person", member.Id, "BR"), (stored.VersionNumber, stored.VersionHash, stored.Kind, stored.EndorserKey, stored.Country));
        var audit = await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(Action: AuditActions.EndorsementMade)));
        Assert.Equal(("Bruno Member", "bill-of-rights v1"), (Assert.Single(audit).ActorName, audit[0].Subject));
    }

    [Fact]
    public async Task EndorseForm_DelegateForOrganisation_ListedUnderOrganisationsBeforePeople()
    {
        var scenario = await EndorsementScenario.StartAsync(_database);
        await using var app = scenario.App;
        var delegatePerson = await TestPeople.CreateAsync(app, CharterRole.Member, "Carla Delegate");
        var organisation = await scenario.OrganisationAsync("Red Comunitaria", "Guatemala", delegatePerson);
        await scenario.EndorseAsync(scenario.Steward, 1, "AR");
        var client = await TestPeople.SignedInClientAsync(app, delegatePerson);

        var page = await (await EndorsementScenario.SubmitAsync(client, 1, $"endorse-org-{organisation:D}")).Content.ReadAsStringAsync();

        Assert.Contains("Red Comunitaria endorsed version 1.", page, StringComparison.Ordinal);
        Assert.Contains("signed by Carla Delegate", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("endorsements-organisations", StringComparison.Ordinal) < page.IndexOf("endorsements-people", StringComparison.Ordinal));
        using var db = _database.OpenContext();
        var stored = db.Endorsements.Single(e => e.Kind == "Organisation");
        Assert.Equal((organisation.ToString("D"), "Red Comunitaria", "Carla Delegate", "GT"), (stored.EndorserKey, stored.Name, stored.SignedBy, stored.Country));
    }

    [Fact]
    public async Task EndorseAsync_StandingAndDelegationReadNow_RefusesEachWithItsReason()
    {
        var scenario = await EndorsementScenario.StartAsync(_database);
        await using var app = scenario.App;
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        var other = await TestPeople.CreateAsync(app, CharterRole.Member);
        var organisation = await scenario.OrganisationAsync("Colectivo", "MX", other);

        async Task<string> RefusalAsync(PersonStanding? who, int version, string? organisationId = null, string? country = null) =>
            (await Assert.ThrowsAsync<EndorsementException>(() => app.InScopeAsync(s =>
                s.GetRequiredService<Endorsing>().EndorseAsync(who, version, organisationId, country, CancellationToken.None)))).Code;

        Assert.Equal("NotAllowed", await RefusalAsync(null, 1));
        Assert.Equal("NotAllowed", await RefusalAsync(new PersonStanding("nobody", "Nobody", CharterRole.Steward, true), 1));
        Assert.Equal("NotDelegate", await RefusalAsync(PersonStanding.Of(member), 1, organisation.ToString("D")));
        Assert.Equal("CountryUnknown", await RefusalAsync(PersonStanding.Of(member), 1, country: "Atlantis"));
        Assert.Equal("NoSuchVersion", await RefusalAsync(PersonStanding.Of(member), 7));
        await scenario.EndorseAsync(member, 1);
        Assert.Equal("AlreadyEndorsed", await RefusalAsync(PersonStanding.Of(member), 1));
        await scenario.SetSigningAsync(SigningMode.Off);
        Assert.Equal("SigningClosed", await RefusalAsync(PersonStanding.Of(other), 1));
        using var db = _database.OpenContext();
        Assert.Single(db.Endorsements);
    }

    [Fact]
    public async Task EndorseAsync_DeactivatedAfterThePageLoaded_Refused()
    {
        var scenario = await EndorsementScenario.StartAsync(_database);
        await using var app = scenario.App;
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        await app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<PeopleAdministration>().SetActiveAsync(PersonStanding.Of(scenario.Steward), member.Id, false, CancellationToken.None);
            return true;
        });

        var error = await Assert.ThrowsAsync<EndorsementException>(() => scenario.EndorseAsync(member, 1));

        Assert.Equal("NotAllowed", error.Code);
    }

    [Fact]
    public async Task WithdrawForm_Signer_NoLongerListedAndAudited()
    {
        var scenario = await EndorsementScenario.StartAsync(_database);
        await using var app = scenario.App;
        var member = await TestPeople.CreateAsync(app, CharterRole.Member, "Dora Member");
        var endorsement = await scenario.EndorseAsync(member, 1);
        var client = await TestPeople.SignedInClientAsync(app, member);

        var page = await (await EndorsementScenario.SubmitAsync(client, 1, $"withdraw-{endorsement.Id}")).Content.ReadAsStringAsync();

        Assert.Contains("The endorsement is withdrawn.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"endorser\">Dora Member</span>", page, StringComparison.Ordinal);
        using var db = _database.OpenContext();
        Assert.NotNull(Assert.Single(db.Endorsements).WithdrawnAt);
        var audit = await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(Action: AuditActions.EndorsementWithdrawn)));
        Assert.Equal("Dora Member", Assert.Single(audit).ActorName);
    }

    [Fact]
    public async Task WithdrawAsync_SomeoneElsesEndorsement_RefusedAndStillListed()
    {
        var scenario = await EndorsementScenario.StartAsync(_database);
        await using var app = scenario.App;
        var signer = await TestPeople.CreateAsync(app, CharterRole.Member);
        var stranger = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var endorsement = await scenario.EndorseAsync(signer, 1);

        var error = await Assert.ThrowsAsync<EndorsementException>(() => app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<Endorsing>().WithdrawAsync(PersonStanding.Of(stranger), endorsement.Id, CancellationToken.None);
            return true;
        }));

        Assert.Equal("NotAllowed", error.Code);
        using var db = _database.OpenContext();
        Assert.Null(Assert.Single(db.Endorsements).WithdrawnAt);
    }

    [Fact]
    public async Task HideForm_Steward_HiddenAndAuditedButAMemberHasNoHideForm()
    {
        var scenario = await EndorsementScenario.StartAsync(_database);
        await using var app = scenario.App;
        var member = await TestPeople.CreateAsync(app, CharterRole.Member, "Spam Bot");
        var endorsement = await scenario.EndorseAsync(member, 1);
        var memberPage = await (await TestPeople.SignedInClientAsync(app, member)).GetStringAsync("/v/1");
        Assert.DoesNotContain($"hide-{endorsement.Id}", memberPage, StringComparison.Ordinal);
        var steward = await TestPeople.SignedInClientAsync(app, scenario.Steward);

        var page = await (await EndorsementScenario.SubmitAsync(steward, 1, $"hide-{endorsement.Id}")).Content.ReadAsStringAsync();

        Assert.Contains("The endorsement is hidden; the audit log records it.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"endorser\">Spam Bot</span>", page, StringComparison.Ordinal);
        var audit = await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(Action: AuditActions.EndorsementHidden)));
        Assert.Contains("Spam Bot", Assert.Single(audit).Details, StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<EndorsementException>(() => app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<EndorsementModeration>().HideAsync(PersonStanding.Of(member), endorsement.Id, CancellationToken.None);
            return true;
        }));
        Assert.Equal("NotSteward", refused.Code);
    }

    [Fact]
    public async Task VersionTwo_SomeReEndorsed_PageCountsPerCountryAndNamesWhoHasNotReEndorsed()
    {
        var scenario = await EndorsementScenario.StartAsync(_database);
        await using var app = scenario.App;
        var delegatePerson = await TestPeople.CreateAsync(app, CharterRole.Member, "Eva Delegate");
        var organisation = await scenario.OrganisationAsync("Cooperativa Sur", "GT", delegatePerson);
        var stays = await TestPeople.CreateAsync(app, CharterRole.Member, "Félix Stays");
        var leaves = await TestPeople.CreateAsync(app, CharterRole.Member, "Gala Leaves");
        await scenario.EndorseAsync(delegatePerson, 1, organisation: organisation);
        await scenario.EndorseAsync(stays, 1, "GT");
        await scenario.EndorseAsync(leaves, 1, "PE");
        await scenario.PublishAsync("two");
        await scenario.EndorseAsync(stays, 2, "GT");

        var page = await app.CreateClient().GetStringAsync("/v/2");
        var firstPage = await app.CreateClient().GetStringAsync("/v/1");

        var earlier = page[page.IndexOf("not-re-endorsed", StringComparison.Ordinal)..];
        Assert.Contains("Signed an earlier version but not version 2", earlier, StringComparison.Ordinal);
        Assert.Contains("Cooperativa Sur", earlier, StringComparison.Ordinal);
        Assert.Contains("Gala Leaves", earlier, StringComparison.Ordinal);
        Assert.DoesNotContain("Félix Stays", earlier, StringComparison.Ordinal);
        Assert.Contains("<tr data-country=\"GT\"><th scope=\"row\">Guatemala</th><td>0</td><td>1</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<tr data-country=\"GT\"><th scope=\"row\">Guatemala</th><td>1</td><td>1</td></tr>", firstPage, StringComparison.Ordinal);
        Assert.Contains("<tr data-country=\"PE\"><th scope=\"row\">Peru</th><td>0</td><td>1</td></tr>", firstPage, StringComparison.Ordinal);
        Assert.DoesNotContain("not-re-endorsed", firstPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionPage_Visitor_SeesTheListButNoForms()
    {
        var scenario = await EndorsementScenario.StartAsync(_database);
        await using var app = scenario.App;
        await scenario.EndorseAsync(scenario.Steward, 1);

        var response = await app.CreateClient().GetAsync("/v/1");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span class=\"endorser\">Ana Steward</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"endorse\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"sign\"", page, StringComparison.Ordinal);
    }
}
