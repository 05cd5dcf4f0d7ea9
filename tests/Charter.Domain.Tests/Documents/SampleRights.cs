using Charter.Domain.Drafts;

namespace Charter.Domain.Tests.Documents;

/// <summary>A small charter in two parts with a partial Spanish translation, for document tests.</summary>
internal static class SampleRights
{
    public static readonly CharterDraft Source = new(
        "en",
        "Internet Rights",
        "We, the *undersigned*.",
        [
            new Part("p-aaaa", "People", [
                new Clause("c-a1b2", "Right to connect", "Everyone may connect."),
                new Clause("c-b2c3", "Right to speak", "Everyone may speak.\n\n- freely"),
            ]),
            new Part("p-bbbb", "Networks", [new Clause("c-c3d4", "Open networks", "Networks stay open.")]),
        ]);

    public static readonly CharterDraft Spanish = new(
        "es",
        "Derechos en Internet",
        "Nosotras, las firmantes.",
        [new Part("p-aaaa", "Personas", [new Clause("c-a1b2", "Derecho a conectarse", "Toda persona puede conectarse.")])]);

    public static DraftSet Set => new("rights", Source, new Dictionary<string, CharterDraft> { ["es"] = Spanish });
}
