using System.Text.RegularExpressions;
using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Domain.Endorsements;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Components.Accounts;
using Charter.Web.Localization;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Tests.Audit;

/// <summary>
/// Audit details are stored in one English form and read back into the reader's language: the
/// shapes match what the code wrote before they were kept in one place, every shape has a sentence
/// in each language, and a line that fits no shape is shown as stored.
/// </summary>
public sealed partial class AuditDetailsTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 11, 13, 41, 55, TimeSpan.Zero);
    private static readonly IServiceProvider Services = new ServiceCollection().AddLogging().AddCharterLocalization().BuildServiceProvider();

    /// <summary>Lines as the code wrote them before the shapes were kept in one place (entries that exist, hashed).</summary>
    [Theory]
    [InlineData(AuditActions.InvitationCreated, "role Member; expires 2026-12-11 13:41:55Z; note: for Ana; and Bruno", "InvitationCreated")]
    [InlineData(AuditActions.RoleChanged, "Ana: Ruiz: Member → Steward", "RoleChanged")]
    [InlineData(AuditActions.ClauseDeleted, "title: Access; by restoring kept state 12", "RemovedByRestoring")]
    [InlineData(AuditActions.ClauseDeleted, "title: Access; for all", "Removed")]
    [InlineData(AuditActions.CharterRestored, "to kept state 4 of 2026-12-11 13:41:55Z; nothing differed", "RestoredNothingDiffered")]
    [InlineData(AuditActions.BallotOpened, "Amendment 5c0e1c58-0000-0000-0000-000000000000; quorum 0.1; SimpleMajority; secret True; per member; deadline 2026-12-11 13:41:55Z", "BallotOpened")]
    [InlineData(AuditActions.BallotOpened, "Clause c-1; quorum 0,25; TwoThirds; secret False; deadline 2026-12-11 13:41:55Z", "BallotOpenedPerMember")]
    [InlineData(AuditActions.VoteCast, "#3: abstain for organisation 7", "VoteCastForOrganisation")]
    [InlineData(AuditActions.BallotClosed, "NoQuorum: 1 organisations voted; yes 1, no 0, abstain 0, electorate 4", "BallotClosedOrganisations")]
    [InlineData(AuditActions.EndorsementMade, "organisation 'Red' signed by 'Ana'; hash 9f2c", "EndorsementSignedBy")]
    [InlineData(AuditActions.OrganisationMemberRemoved, "Red: − Ana (p1), was a delegate", "OrganisationDelegateRemoved")]
    public void Read_LineWrittenBefore_FindsItsShape(string action, string details, string shape) =>
        Assert.Equal(shape, AuditDetails.Read(action, details)?.Shape.Name);

    [Fact]
    public void Write_EachKind_IsStoredInTheFormEntriesAlreadyHave()
    {
        Assert.Equal(
            "Amendment 5c0e; quorum 0.1; TwoThirds; secret True; per organisation; deadline 2026-12-11 13:41:55Z",
            AuditDetails.BallotOpened.Write(BallotSubjectKind.Amendment, "5c0e", 0.1m, BallotThreshold.TwoThirds, true, VotingUnit.Organisation, Noon.ToOffset(TimeSpan.FromHours(-6))));
        Assert.Equal("#2: yes", AuditDetails.VoteCast.Write(2, BallotOption.Yes));
        Assert.Equal("person 'Ana'; hash ab", AuditDetails.Endorsement.Write(EndorserKind.Person, "Ana", "ab"));
        Assert.Equal("ReplaceText c-1: Plain words", AuditDetails.AmendmentProposed.Write(AmendmentKind.ReplaceText, "c-1", "Plain words"));
    }

    [Fact]
    public void Write_WrongNumberOfValues_Throws() =>
        Assert.Throws<ArgumentException>(() => AuditDetails.RoleChanged.Write("Ana", CharterRole.Member));

    public static TheoryData<string?, string> ShapesInEachLanguage()
    {
        var data = new TheoryData<string?, string>();
        foreach (var language in ResourceFiles.Translations.Prepend(null))
        {
            foreach (var shape in AuditDetails.All)
            {
                data.Add(language, shape.Name);
            }
        }

        return data;
    }

    /// <summary>Each sentence places every part once, and nothing more.</summary>
    [Theory]
    [MemberData(nameof(ShapesInEachLanguage))]
    public void Resources_EachShape_HasASentenceWithOnePlaceForEachPart(string? language, string shapeName)
    {
        var shape = AuditDetails.All.Single(s => s.Name == shapeName);
        var texts = ResourceFiles.Read("AccountsText", language)!;

        Assert.True(texts.TryGetValue($"Audit.Details.{shapeName}", out var sentence), $"no Audit.Details.{shapeName} in {language ?? "en"}");
        var places = Placeholder().Matches(sentence).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order();
        Assert.Equal(Enumerable.Range(0, shape.Parts.Count()), places);
    }

    [Theory]
    [InlineData(AuditActions.BallotClosed, "Passed: 3 members voted; yes 2, no 1, abstain 0, electorate 5", "Aprobada: votaron 3 de 5 miembros; sí 2, no 1, abstención 0")]
    [InlineData(AuditActions.RoleChanged, "Ana: Member → Steward", "Ana: miembro → administradora")]
    [InlineData(AuditActions.BallotOpened, "Clause c-1; quorum 0.1; SimpleMajority; secret True; per organisation; deadline 2026-12-11 13:41:55Z",
        "artículo c-1; quórum 10 %; Mayoría simple; voto secreto; Un voto por organización; cierra el 11 dic 2026, 13:41 UTC")]
    [InlineData(AuditActions.VoteCast, "#7: no", "#7: No")]
    [InlineData(AuditActions.SigningChanged, "MembersOnly -> Public", "solo miembros → firma pública")]
    [InlineData(AuditActions.VoteCast, "#7: maybe", "#7: maybe")]
    [InlineData(AuditActions.Deactivated, "Ana", "Ana")]
    [InlineData("something.new", "role Member", "role Member")]
    public void Say_InSpanish_UsesTheReadersWordsOrTheStoredLine(string action, string details, string expected)
    {
        using var culture = new CultureScope("es");
        var text = new AuditDetailsText(
            Services.GetRequiredService<IStringLocalizer<AccountsText>>(), Services.GetRequiredService<IStringLocalizer<AmendmentsText>>());

        Assert.Equal(expected, text.Say(action, details));
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
