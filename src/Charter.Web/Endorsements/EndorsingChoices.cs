using Charter.Domain.Endorsements;
using Charter.Web.Accounts;

namespace Charter.Web.Endorsements;

/// <summary>What one person may do with endorsements now, read by <see cref="Endorsing.ChoicesAsync"/>.</summary>
/// <param name="Person">The active person, or null for a visitor or someone deactivated.</param>
/// <param name="MaySign">Whether signing is open to them (the charter's setting is not off).</param>
/// <param name="Organisations">The organisations they are a delegate of.</param>
public sealed record EndorsingChoices(PersonStanding? Person, bool MaySign, IReadOnlyList<DelegatedOrganisation> Organisations)
{
    public static EndorsingChoices None { get; } = new(null, false, []);

    /// <summary>A person withdraws their own endorsement; any current delegate withdraws their organisation's.</summary>
    public bool MayWithdraw(Endorsement endorsement) => Person is not null && endorsement.Kind switch
    {
        EndorserKind.Person => endorsement.EndorserKey == Person.Id,
        EndorserKind.Organisation => Organisations.Any(o => o.Id == endorsement.EndorserKey),
        _ => false,
    };
}
