using Charter.Domain.Drafts;

namespace Charter.Domain.Tests.Versions;

/// <summary>Small charters for the version and diff tests, built in code so each test shows what it changes.</summary>
internal static class VersionSamples
{
    public static CharterDraft Sample(params (string PartId, string PartTitle, Clause[] Clauses)[] parts) =>
        new("en", "Internet Rights", "We agree.", [.. parts.Select(p => new Part(p.PartId, p.PartTitle, p.Clauses))]);

    public static Clause Clause(string id, string title, string body = "Text.") => new(id, title, body);

    /// <summary>Five clauses a–e in one part.</summary>
    public static CharterDraft FiveClauses() => Sample(("p-one1", "People", [
        Clause("c-aaaa", "Connect", "Everyone may connect."),
        Clause("c-bbbb", "Speak", "Everyone may speak."),
        Clause("c-cccc", "Privacy", "Messages are private."),
        Clause("c-dddd", "Assembly", "People may gather online."),
        Clause("c-eeee", "Code", "Code can be shared."),
    ]));

    public static CharterDraft WithClauses(CharterDraft draft, params Clause[] clauses) =>
        draft with { Parts = [draft.Parts[0] with { Clauses = clauses }] };
}
