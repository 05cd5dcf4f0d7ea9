namespace Charter.Web.Audit;

/// <summary>
/// Every shape of details line that holds words, in one place: the code writes its entries through
/// these, and the audit page reads them back to say them in the reader's language. Lines made only
/// of names, titles and ids (a person's name, "Red: + Ana (id)") need no shape and are shown as
/// stored, and so is any line that fits no shape. A shape's text never changes: entries already
/// carry it, hashed. A new wording is a new shape, and the old one stays for the old entries.
/// </summary>
public static class AuditDetails
{
    public static readonly AuditDetailTemplate Setup = new("Setup", "first steward {Text}");
    public static readonly AuditDetailTemplate InvitationCreated = new("InvitationCreated", "role {Role}; expires {When}; note: {Text}");
    public static readonly AuditDetailTemplate InvitationUsed = new("InvitationUsed", "joined as {Role}");
    public static readonly AuditDetailTemplate InvitationRevoked = new("InvitationRevoked", "role {Role}; note: {Text}");
    public static readonly AuditDetailTemplate RoleChanged = new("RoleChanged", "{Text}: {Role} → {Role}");
    public static readonly AuditDetailTemplate Removed = new("Removed", "title: {Text}");
    public static readonly AuditDetailTemplate RemovedByRestoring = new("RemovedByRestoring", "title: {Text}; by restoring kept state {Text}");
    public static readonly AuditDetailTemplate TextDeleted = new("TextDeleted", "{Number} of {Number} characters deleted");
    public static readonly AuditDetailTemplate Restored = new("Restored", "to kept state {Text} of {When}");
    public static readonly AuditDetailTemplate RestoredNothingDiffered = new("RestoredNothingDiffered", "to kept state {Text} of {When}; nothing differed");
    public static readonly AuditDetailTemplate AmendmentProposed = new("AmendmentProposed", "{AmendmentKind} {Text}: {Text}");
    public static readonly AuditDetailTemplate AmendmentStatus = new("AmendmentStatus", "{Status}");
    public static readonly AuditDetailTemplate BallotOpened = new("BallotOpened", "{Subject} {Text}; quorum {Share}; {Threshold}; secret {Secret}; per {Unit}; deadline {When}");

    /// <summary>Ballots opened before a ballot could count organisations: one vote per member.</summary>
    public static readonly AuditDetailTemplate BallotOpenedPerMember = new("BallotOpenedPerMember", "{Subject} {Text}; quorum {Share}; {Threshold}; secret {Secret}; deadline {When}");

    public static readonly AuditDetailTemplate VoteCast = new("VoteCast", "#{Number}: {Option}");
    public static readonly AuditDetailTemplate VoteCastForOrganisation = new("VoteCastForOrganisation", "#{Number}: {Option} for organisation {Text}");
    public static readonly AuditDetailTemplate BallotClosedMembers = new("BallotClosedMembers", "{Outcome}: {Number} members voted; yes {Number}, no {Number}, abstain {Number}, electorate {Number}");
    public static readonly AuditDetailTemplate BallotClosedOrganisations = new("BallotClosedOrganisations", "{Outcome}: {Number} organisations voted; yes {Number}, no {Number}, abstain {Number}, electorate {Number}");
    public static readonly AuditDetailTemplate VersionPublished = new("VersionPublished", "hash {Text}; {Text}");
    public static readonly AuditDetailTemplate Endorsement = new("Endorsement", "{Endorser} '{Text}'; hash {Text}");
    public static readonly AuditDetailTemplate EndorsementSignedBy = new("EndorsementSignedBy", "{Endorser} '{Text}' signed by '{Text}'; hash {Text}");
    public static readonly AuditDetailTemplate SigningChanged = new("SigningChanged", "{Signing} -> {Signing}");
    public static readonly AuditDetailTemplate OrganisationMemberRemoved = new("OrganisationMemberRemoved", "{Text}: − {Text} ({Text})");
    public static readonly AuditDetailTemplate OrganisationDelegateRemoved = new("OrganisationDelegateRemoved", "{Text}: − {Text} ({Text}), was a delegate");

    /// <summary>Per action, the shapes its lines may have, the most particular first (the first that fits is the one).</summary>
    public static IReadOnlyDictionary<string, AuditDetailTemplate[]> ByAction { get; } = new Dictionary<string, AuditDetailTemplate[]>(StringComparer.Ordinal)
    {
        [AuditActions.Setup] = [Setup],
        [AuditActions.InvitationCreated] = [InvitationCreated],
        [AuditActions.InvitationUsed] = [InvitationUsed],
        [AuditActions.InvitationRevoked] = [InvitationRevoked],
        [AuditActions.RoleChanged] = [RoleChanged],
        [AuditActions.ClauseDeleted] = [RemovedByRestoring, Removed],
        [AuditActions.PartDeleted] = [RemovedByRestoring, Removed],
        [AuditActions.TextDeleted] = [TextDeleted],
        [AuditActions.CharterRestored] = [RestoredNothingDiffered, Restored],
        [AuditActions.ClauseRestored] = [RestoredNothingDiffered, Restored],
        [AuditActions.AmendmentProposed] = [AmendmentProposed],
        [AuditActions.AmendmentOpened] = [AmendmentStatus],
        [AuditActions.AmendmentWithdrawn] = [AmendmentStatus],
        [AuditActions.AmendmentRefreshed] = [AmendmentStatus],
        [AuditActions.BallotOpened] = [BallotOpened, BallotOpenedPerMember],
        [AuditActions.VoteCast] = [VoteCastForOrganisation, VoteCast],
        [AuditActions.BallotClosed] = [BallotClosedMembers, BallotClosedOrganisations],
        [AuditActions.VersionPublished] = [VersionPublished],
        [AuditActions.EndorsementMade] = [EndorsementSignedBy, Endorsement],
        [AuditActions.EndorsementWithdrawn] = [EndorsementSignedBy, Endorsement],
        [AuditActions.EndorsementHidden] = [EndorsementSignedBy, Endorsement],
        [AuditActions.SigningChanged] = [SigningChanged],
        [AuditActions.OrganisationMemberRemoved] = [OrganisationDelegateRemoved, OrganisationMemberRemoved],
    };

    /// <summary>The shape <paramref name="details"/> of <paramref name="action"/> has and its parts, or null when none fits.</summary>
    public static (AuditDetailTemplate Shape, IReadOnlyList<string> Parts)? Read(string action, string details)
    {
        if (!ByAction.TryGetValue(action, out var shapes))
        {
            return null;
        }

        foreach (var shape in shapes)
        {
            if (shape.Read(details) is { } parts)
            {
                return (shape, parts);
            }
        }

        return null;
    }

    /// <summary>Every shape, for the tests that hold them to the four languages.</summary>
    public static IEnumerable<AuditDetailTemplate> All => ByAction.Values.SelectMany(s => s).Distinct();
}
