using System.Text.Json;
using Charter.Domain.Drafts;
using Charter.Web.Accounts;
using Charter.Web.Components.Pages;
using Charter.Web.Localization;
using Charter.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Translating;

/// <summary>
/// The side-by-side translation editor: a server-rendered shell that the browser fills from the
/// charter's Y.Doc, with the same provider and editors as the edit page. Rendered statically, like
/// the edit page: the live connection is the hub. Starting and confirming a translation go to the
/// server (see <c>TranslationEndpoints</c>), which applies them through the charter's session.
/// </summary>
public sealed partial class TranslateCharter
{
    private string? _charterName;
    private string? _problem;
    private string _heading = "";
    private string _stringsJson = "{}";
    private bool _canEdit;

    [Inject]
    public required CharterDbContext Db { get; init; }

    [Inject]
    public required IStringLocalizer<TranslatingText> T { get; init; }

    [Inject]
    public required IStringLocalizer<EditingText> EditingT { get; init; }

    [Inject]
    public required IStringLocalizer<ReadingText> ReadingT { get; init; }

    /// <summary>The charter's name (its drafts file stem); the first stored charter when absent.</summary>
    [Parameter]
    public string? Name { get; set; }

    /// <summary>The language translated into.</summary>
    [Parameter]
    public required string Language { get; set; }

    [Inject]
    public required IStringLocalizer<AccountsText> AccountsT { get; init; }

    [Inject]
    public required PeopleRoster Roster { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    /// <remarks>
    /// An unknown charter or a malformed language answers 404 through <c>NavigationManager.NotFound()</c>:
    /// the router then renders the not-found page, which shows the reason left on the request.
    /// </remarks>
    protected override async Task OnParametersSetAsync()
    {
        _heading = T["Translate.Heading", LanguageNames.Of(ReadingT, Language)].Value;
        var charters = Db.Charters.AsNoTracking();
        _charterName = await (Name is null ? charters.OrderBy(c => c.Id) : charters.Where(c => c.Name == Name))
            .Select(c => c.Name)
            .FirstOrDefaultAsync();
        _problem = _charterName is null ? T["Translate.NotFound", Name ?? ""].Value
            : !LanguageTag.IsValid(Language) ? T["Translate.BadLanguage", Language].Value
            : null;
        if (_problem is not null)
        {
            NotFoundReason.Set(HttpContext, _problem);
            Navigation.NotFound();
            return;
        }

        // Translating is editing the Doc: someone who may only follow along gets no editors, so
        // their page never sends an update the hub would refuse (the hub checks the same rule).
        _canEdit = await Roster.FindAsync(HttpContext?.User) is { CanEdit: true };
        if (!_canEdit)
        {
            return;
        }

        // Every string the browser code shows, in the request's language: the edit page's (sync
        // status, article numbers, default names), language names, and the translator's own.
        _stringsJson = JsonSerializer.Serialize(
            EditingT.GetAllStrings(includeParentCultures: true)
                .Concat(ReadingT.GetAllStrings(includeParentCultures: true).Where(s => s.Name.StartsWith("Language.", StringComparison.Ordinal)))
                .Concat(T.GetAllStrings(includeParentCultures: true))
                .ToDictionary(s => s.Name, s => s.Value));
    }
}
