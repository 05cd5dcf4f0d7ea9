using Charter.Web.Localization;
using Charter.Web.Reading;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Pages;

/// <summary>The charter, read in the language asked for with <c>?lang=</c> (the source by default).</summary>
public sealed partial class Home
{
    private CharterReading? _charter;

    [Inject]
    public required CharterReader Reader { get; init; }

    [Inject]
    public required IStringLocalizer<EditingText> EditingT { get; init; }

    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    protected override async Task OnParametersSetAsync() =>
        _charter = await Reader.ReadAsync(Language, CancellationToken.None);
}
