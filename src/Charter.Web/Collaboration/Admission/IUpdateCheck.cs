namespace Charter.Web.Collaboration.Admission;

/// <summary>
/// One rule an update must pass before a session applies it (see <see cref="UpdateAdmission"/>).
/// Register an implementation as a singleton <see cref="IUpdateCheck"/>; checks run in the order
/// they were registered, on the session's loop, so they must be quick and must not wait.
/// </summary>
public interface IUpdateCheck
{
    /// <returns>Why the update is refused, in a sentence the sender can act on; null to let it through.</returns>
    string? Check(UpdateCandidate candidate);
}
