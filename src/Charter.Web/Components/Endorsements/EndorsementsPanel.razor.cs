using System.Globalization;
using Charter.Domain.Endorsements;
using Charter.Domain.Versions;
using Charter.Web.Accounts;
using Charter.Web.Endorsements;
using Charter.Web.Localization;
using Charter.Web.Versions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Endorsements;

/// <summary>
/// Lists a version's endorsements (organisations first, by country), the counts per country and
/// who signed an earlier version but not this one, and offers the reader what they may do: endorse
/// personally or for an organisation they are a delegate of, withdraw, hide (stewards), or sign
/// publicly. Every action is decided again in its service; this only chooses what to show.
/// </summary>
public sealed partial class EndorsementsPanel
{
    private EndorsingChoices _choices = EndorsingChoices.None;
    private EndorsementRoll _roll = new(0, [], [], []);
    private SigningMode _signing;
    private bool _publicAvailable;
    private bool _mayModerate;
    private string? _done;
    private string? _error;

    [Inject]
    public required EndorsementStore Store { get; init; }

    [Inject]
    public required VersionStore Versions { get; init; }

    [Inject]
    public required Endorsing Endorsing { get; init; }

    [Inject]
    public required PublicSigning PublicSigning { get; init; }

    [Inject]
    public required EndorsementModeration Moderation { get; init; }

    [Inject]
    public required PeopleRoster Roster { get; init; }

    [Inject]
    public required IStringLocalizer<EndorsementsText> T { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> Authentication { get; set; }

    /// <summary>The request, for the client's address that public signing is limited by.</summary>
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [Parameter, EditorRequired]
    public required CharterVersion Version { get; set; }

    [SupplyParameterFromForm(FormName = "endorse")]
    public EndorseInput? Endorse { get; set; }

    [SupplyParameterFromForm(FormName = "sign")]
    public SignInput? Sign { get; set; }

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var person = await CurrentPersonAsync();
        _choices = await Endorsing.ChoicesAsync(person, CancellationToken.None);
        _mayModerate = EndorsementModeration.MayModerate(_choices.Person);
        _signing = await Moderation.SigningAsync(CancellationToken.None);
        _publicAvailable = Moderation.PublicSigningAvailable;
        var charter = await Versions.FindCharterAsync(CancellationToken.None);
        _roll = EndorsementRoll.For(charter is null ? [] : await Store.ListAsync(charter, CancellationToken.None), Version.Number);
    }

    /// <summary>The reader's own standing endorsement of this version as <paramref name="kind"/> for <paramref name="key"/>, if any.</summary>
    private Endorsement? Own(EndorserKind kind, string key) => _roll.Listed.FirstOrDefault(e => e.Kind == kind && e.EndorserKey == key);

    private Task EndorseAsync() => RunAsync(async () =>
    {
        await Endorsing.EndorseAsync(await CurrentPersonAsync(), Version.Number, null, Endorse?.Country, CancellationToken.None);
        return T["Done.Endorsed", Version.Number];
    });

    private Task EndorseForAsync(string organisationId) => RunAsync(async () =>
    {
        var endorsement = await Endorsing.EndorseAsync(await CurrentPersonAsync(), Version.Number, organisationId, null, CancellationToken.None);
        return T["Done.EndorsedFor", endorsement.Name, Version.Number];
    });

    private Task WithdrawAsync(long id) => RunAsync(async () =>
    {
        await Endorsing.WithdrawAsync(await CurrentPersonAsync(), id, CancellationToken.None);
        return T["Done.Withdrawn"];
    });

    private Task HideAsync(long id) => RunAsync(async () =>
    {
        await Moderation.HideAsync(await CurrentPersonAsync(), id, CancellationToken.None);
        return T["Done.Hidden"];
    });

    private Task SignAsync() => RunAsync(async () =>
    {
        var client = SignInAttempt.ClientOf(HttpContext?.Connection.RemoteIpAddress);
        await PublicSigning.SignAsync(Version.Number, Sign?.Name, Sign?.Email, Sign?.Country, client, CultureInfo.CurrentUICulture, CancellationToken.None);
        Sign = new SignInput();
        return T["Done.MailSent"];
    });

    /// <summary>Runs one action, says what happened in the reader's language, and reloads the lists.</summary>
    private async Task RunAsync(Func<Task<string>> action)
    {
        try
        {
            _done = await action();
        }
        catch (EndorsementException refused)
        {
            _error = T[$"Error.{refused.Code}"];
            if (refused.Code == "TooMany" && HttpContext is { Response.HasStarted: false } context)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            }
        }

        await LoadAsync();
    }

    private async Task<PersonStanding?> CurrentPersonAsync() => await Roster.FindAsync((await Authentication).User);

    public sealed class EndorseInput
    {
        public string? Country { get; set; }
    }

    public sealed class SignInput
    {
        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Country { get; set; }
    }
}
