using Charter.Web.Accounts;
using Charter.Web.Accounts.Organisations;
using Charter.Web.Endorsements;
using Charter.Web.Tests.TestSupport;
using Charter.Web.Tests.Versions;
using Charter.Web.Versions;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Endorsements;

/// <summary>The real app on a real database with a steward, published versions, and organisations with delegates, made through the app's own services.</summary>
internal sealed class EndorsementScenario(CharterAppFactory app, Person steward)
{
    public CharterAppFactory App { get; } = app;

    public Person Steward { get; } = steward;

    public static async Task<EndorsementScenario> StartAsync(TempDatabase database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new CharterAppFactory(database, settings: settings);
        app.Start();
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward, "Ana Steward");
        var scenario = new EndorsementScenario(app, steward);
        await scenario.PublishAsync("one");
        return scenario;
    }

    public Task PublishAsync(string notes) =>
        App.InScopeAsync(s => s.GetRequiredService<VersionPublishing>().PublishAsync(PersonStanding.Of(Steward), notes, CancellationToken.None));

    /// <summary>An organisation with <paramref name="delegatePerson"/> as its delegate.</summary>
    public async Task<Guid> OrganisationAsync(string name, string country, Person delegatePerson)
    {
        return await App.InScopeAsync(async s =>
        {
            var administration = s.GetRequiredService<OrganisationAdministration>();
            var id = await administration.CreateAsync(Steward.Id, new OrganisationInput(name, country, null, null, "en"));
            await administration.AddMemberAsync(Steward.Id, id, delegatePerson.Id);
            await administration.SetDelegateAsync(Steward.Id, id, delegatePerson.Id, true);
            return id;
        });
    }

    public Task<Charter.Domain.Endorsements.Endorsement> EndorseAsync(Person person, int version, string? country = null, Guid? organisation = null) =>
        App.InScopeAsync(s => s.GetRequiredService<Endorsing>().EndorseAsync(PersonStanding.Of(person), version, organisation?.ToString("D"), country, CancellationToken.None));

    public Task SetSigningAsync(SigningMode mode) =>
        App.InScopeAsync(async s =>
        {
            await s.GetRequiredService<EndorsementModeration>().SetSigningAsync(PersonStanding.Of(Steward), mode, CancellationToken.None);
            return true;
        });

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, int version, string form, Dictionary<string, string>? fields = null) =>
        ServerForms.SubmitAsync(client, $"/v/{version}", form, fields ?? []);
}
