using Charter.Web.Accounts;
using Charter.Web.Accounts.Organisations;
using Charter.Web.Audit;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Accounts.Organisations;

/// <summary>Stewards manage organisations over the real database; every change is audited, anyone else is refused.</summary>
public sealed class OrganisationAdministrationTests : IDisposable
{
    private static readonly OrganisationInput RedInput = new("Red Comunitaria", "Guatemala", "https://red.example.org", "Una red de radios comunitarias.", "es");

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Create_BySteward_IsStoredAndAudited()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward, "Steward Sam");

        var id = await AdministerAsync(app, a => a.CreateAsync(steward.Id, RedInput with { Name = "  Red Comunitaria  " }));

        var stored = await Directory(app).FindAsync(id);
        Assert.Equal(new OrganisationSummary(id, "Red Comunitaria", "Guatemala", "https://red.example.org", "Una red de radios comunitarias.", "es"), stored);
        var entry = Assert.Single(await AuditAsync(app, AuditActions.OrganisationCreated));
        Assert.Equal(("Steward Sam", id.ToString(), "Red Comunitaria (Guatemala)"), (entry.ActorName, entry.Subject, entry.Details));
    }

    [Theory]
    [InlineData(CharterRole.Member, true)]
    [InlineData(CharterRole.Observer, true)]
    [InlineData(CharterRole.Steward, false)]
    public async Task Create_ByAnyoneButAnActiveSteward_IsRefusedAndNothingIsStored(CharterRole role, bool active)
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var person = await TestPeople.CreateAsync(app, role);
        if (!active)
        {
            await app.InScopeAsync(async s =>
            {
                await s.GetRequiredService<PeopleAdministration>().SetActiveAsync(PersonStanding.Of(steward), person.Id, active: false);
                return 0;
            });
        }

        var refusal = await Assert.ThrowsAsync<AccountException>(() => AdministerAsync(app, a => a.CreateAsync(person.Id, RedInput)));

        Assert.Equal("NotSteward", refusal.Code);
        Assert.Empty(await Directory(app).ListAsync());
        Assert.Empty(await AuditAsync(app, "organisation."));
    }

    [Fact]
    public async Task Create_UnknownCaller_IsRefused()
    {
        await using var app = new CharterAppFactory(_database);

        var refusal = await Assert.ThrowsAsync<AccountException>(() => AdministerAsync(app, a => a.CreateAsync("nobody", RedInput)));

        Assert.Equal("NotSteward", refusal.Code);
    }

    [Theory]
    [InlineData("", "Guatemala", null, null, "OrganisationNameRequired")]
    [InlineData("   ", "Guatemala", null, null, "OrganisationNameRequired")]
    [InlineData("Red", "", null, null, "OrganisationCountryRequired")]
    [InlineData("Red", "Guatemala", "javascript:alert(1)", null, "OrganisationWebsiteNotHttp")]
    [InlineData("Red", "Guatemala", "ftp://red.example.org", null, "OrganisationWebsiteNotHttp")]
    [InlineData("Red", "Guatemala", "red.example.org", null, "OrganisationWebsiteNotHttp")]
    [InlineData("Red", "Guatemala", null, "xx", "UnknownLanguage")]
    public async Task Create_InvalidInput_IsRefusedWithItsCode(string name, string country, string? website, string? language, string code)
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);

        var refusal = await Assert.ThrowsAsync<AccountException>(() =>
            AdministerAsync(app, a => a.CreateAsync(steward.Id, new OrganisationInput(name, country, website, null, language ?? "en"))));

        Assert.Equal(code, refusal.Code);
        Assert.Empty(await Directory(app).ListAsync());
    }

    [Theory]
    [InlineData(121, 1, 1, "OrganisationNameTooLong")]
    [InlineData(1, 81, 1, "OrganisationCountryTooLong")]
    [InlineData(1, 1, 501, "OrganisationDescriptionTooLong")]
    public async Task Create_OverlongField_IsRefused(int nameLength, int countryLength, int descriptionLength, string code)
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var input = new OrganisationInput(new string('n', nameLength), new string('c', countryLength), null, new string('d', descriptionLength), "en");

        var refusal = await Assert.ThrowsAsync<AccountException>(() => AdministerAsync(app, a => a.CreateAsync(steward.Id, input)));

        Assert.Equal(code, refusal.Code);
    }

    [Fact]
    public async Task Create_NameTakenInAnotherCase_IsRefused()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        await AdministerAsync(app, a => a.CreateAsync(steward.Id, RedInput));

        var refusal = await Assert.ThrowsAsync<AccountException>(() => AdministerAsync(app, a => a.CreateAsync(steward.Id, RedInput with { Name = "RED COMUNITARIA" })));

        Assert.Equal("OrganisationNameTaken", refusal.Code);
    }

    [Fact]
    public async Task Update_ChangesFieldsAndAuditsOnce_AndAnUnchangedSaveWritesNothing()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var id = await AdministerAsync(app, a => a.CreateAsync(steward.Id, RedInput));
        var edited = RedInput with { Country = "Guatemala y Honduras", Description = "Radios comunitarias." };

        await AdministerAsync(app, a => a.UpdateAsync(steward.Id, id, edited));
        await AdministerAsync(app, a => a.UpdateAsync(steward.Id, id, edited));

        Assert.Equal("Guatemala y Honduras", (await Directory(app).FindAsync(id))!.Country);
        var entry = Assert.Single(await AuditAsync(app, AuditActions.OrganisationEdited));
        Assert.Equal("Red Comunitaria (Guatemala) → Red Comunitaria (Guatemala y Honduras)", entry.Details);
    }

    [Fact]
    public async Task Delegates_OnlyMembers_AndAnsweredByTheDirectory()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var ana = await TestPeople.CreateAsync(app, CharterRole.Member, "Ana");
        var id = await AdministerAsync(app, a => a.CreateAsync(steward.Id, RedInput));

        var notMember = await Assert.ThrowsAsync<AccountException>(() => AdministerAsync(app, a => a.SetDelegateAsync(steward.Id, id, ana.Id, true)));
        Assert.Equal("DelegateNotMember", notMember.Code);

        await AdministerAsync(app, async a => { await a.AddMemberAsync(steward.Id, id, ana.Id); await a.SetDelegateAsync(steward.Id, id, ana.Id, true); });

        var directory = Directory(app);
        Assert.Equal([id], (await directory.DelegatesForAsync(ana.Id)).Select(o => o.Id));
        Assert.True(await directory.IsActiveDelegateAsync(ana.Id, id));
        Assert.Equal([id], await directory.WithActiveDelegatesAsync());
        Assert.Equal([ana.Id], await directory.ActiveDelegatesOfAsync([id]));
        Assert.True(Assert.Single(await directory.MembershipsOfAsync(ana.Id)).IsDelegate);
        var roster = Assert.Single(await directory.RostersAsync());
        Assert.Equal(new OrganisationPerson(ana.Id, "Ana", true, true), Assert.Single(roster.People));
        Assert.Equal(
            [AuditActions.OrganisationDelegateNamed, AuditActions.OrganisationMemberAdded, AuditActions.OrganisationCreated],
            (await AuditAsync(app, "organisation.")).Select(e => e.Action));
    }

    [Fact]
    public async Task RemoveMember_Delegate_EndsTheDelegationAndIsAudited()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var ana = await TestPeople.CreateAsync(app, CharterRole.Member, "Ana");
        var id = await AdministerAsync(app, a => a.CreateAsync(steward.Id, RedInput));
        await AdministerAsync(app, async a => { await a.AddMemberAsync(steward.Id, id, ana.Id); await a.SetDelegateAsync(steward.Id, id, ana.Id, true); });

        await AdministerAsync(app, async a => { await a.RemoveMemberAsync(steward.Id, id, ana.Id); });

        Assert.Empty(await Directory(app).DelegatesForAsync(ana.Id));
        Assert.Empty(await Directory(app).MembershipsOfAsync(ana.Id));
        var entry = Assert.Single(await AuditAsync(app, AuditActions.OrganisationMemberRemoved));
        Assert.Contains("was a delegate", entry.Details);
    }

    [Fact]
    public async Task DeactivatedDelegate_NoLongerSpeaksForTheOrganisation()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var ana = await TestPeople.CreateAsync(app, CharterRole.Member, "Ana");
        var id = await AdministerAsync(app, a => a.CreateAsync(steward.Id, RedInput));
        await AdministerAsync(app, async a => { await a.AddMemberAsync(steward.Id, id, ana.Id); await a.SetDelegateAsync(steward.Id, id, ana.Id, true); });

        await app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<PeopleAdministration>().SetActiveAsync(PersonStanding.Of(steward), ana.Id, active: false);
            return 0;
        });

        Assert.Empty(await Directory(app).DelegatesForAsync(ana.Id));
        Assert.Empty(await Directory(app).WithActiveDelegatesAsync());
        Assert.True(Assert.Single(await Directory(app).MembershipsOfAsync(ana.Id)).IsDelegate);
    }

    [Fact]
    public async Task Audit_ChainStillVerifies_AfterOrganisationChanges()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var id = await AdministerAsync(app, a => a.CreateAsync(steward.Id, RedInput));
        await AdministerAsync(app, async a => { await a.AddMemberAsync(steward.Id, id, steward.Id); });

        var verification = await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().VerifyAsync());

        Assert.Null(verification.FirstBrokenSequence);
    }

    public void Dispose() => _database.Dispose();

    private static OrganisationDirectory Directory(CharterAppFactory app) => app.Services.GetRequiredService<OrganisationDirectory>();

    private static Task<T> AdministerAsync<T>(CharterAppFactory app, Func<OrganisationAdministration, Task<T>> action) =>
        app.InScopeAsync(s => action(s.GetRequiredService<OrganisationAdministration>()));

    private static Task AdministerAsync(CharterAppFactory app, Func<OrganisationAdministration, Task> action) =>
        app.InScopeAsync(async s =>
        {
            await action(s.GetRequiredService<OrganisationAdministration>());
            return 0;
        });

    private static Task<IReadOnlyList<AuditEntry>> AuditAsync(CharterAppFactory app, string action) =>
        app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(action)));
}
