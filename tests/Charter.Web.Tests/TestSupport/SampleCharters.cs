using Charter.Web.Reading;

namespace Charter.Web.Tests.TestSupport;

/// <summary>Small charters built in code, for component tests that need no database.</summary>
internal static class SampleCharters
{
    public static CharterReading TwoParts() => new(
        Language: "en",
        SourceLanguage: "en",
        Languages: ["en", "es"],
        Title: "Bill of Rights for Internet Participants",
        Preamble: "We, the participants, **agree**.",
        Parts:
        [
            new PartReading("p-aaaa", "People as participants",
            [
                new ClauseReading("c-aaa1", "Right to connect", "Everyone may connect."),
                new ClauseReading("c-aaa2", "Right to privacy", "Nobody watches."),
            ]),
            new PartReading("p-bbbb", "People as providers",
            [
                new ClauseReading("c-bbb1", "Right to host", "Anyone may host."),
                new ClauseReading("c-bbb2", "Right to a domain name", "Names stay with their holders."),
                new ClauseReading("c-bbb3", "Accountable providers", "Providers answer to users."),
            ]),
        ]);

    public static CharterReading WithSingleClauseBody(string body) => new(
        Language: "en",
        SourceLanguage: "en",
        Languages: ["en"],
        Title: "Hostile input",
        Preamble: "",
        Parts: [new PartReading("p-cccc", "Part", [new ClauseReading("c-ccc1", "Clause", body)])]);
}
