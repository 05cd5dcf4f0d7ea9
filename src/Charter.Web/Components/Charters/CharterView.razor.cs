using Charter.Web.Agenda;
using Charter.Web.Reading;
using Microsoft.AspNetCore.Components;

namespace Charter.Web.Components.Charters;

/// <summary>The whole charter: title, preamble, table of contents and numbered clauses by part.</summary>
public sealed partial class CharterView
{
    private IReadOnlyDictionary<string, int> _numbers = new Dictionary<string, int>();

    /// <summary>
    /// Whether to say, when a translation is shown, that the original is authoritative (with a link
    /// to edit the translation). Pages that show <see cref="AuthoritativeTextNotice"/> turn it off.
    /// </summary>
    [Parameter]
    public bool ShowAuthoritativeNote { get; set; } = true;

    [Parameter, EditorRequired]
    public required CharterReading Charter { get; set; }

    /// <summary>The live charter's name, to link each clause to its amendments and votes; null for a published version.</summary>
    [Parameter]
    public string? LiveCharterName { get; set; }

    /// <summary>Per clause id, its open amendments and ballots (clauses with none may be missing).</summary>
    [Parameter]
    public IReadOnlyDictionary<string, ClauseActivity> Activity { get; set; } = new Dictionary<string, ClauseActivity>();

    protected override void OnParametersSet() => _numbers = ArticleNumbers.Assign(Charter.Parts);

    private ClauseActivity ActivityOf(string clauseId) => Activity.GetValueOrDefault(clauseId, ClauseActivity.None);

    private string? ClausePageOf(string clauseId) =>
        LiveCharterName is null ? null : $"charters/{Uri.EscapeDataString(LiveCharterName)}/clauses/{clauseId}";
}
