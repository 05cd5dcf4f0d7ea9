using Charter.Domain.Documents.Shape;

namespace Charter.Web.Collaboration.Admission;

/// <summary>Refuses updates that add anything outside the charter's layout (<see cref="CharterShapeCheck"/>).</summary>
public sealed class CharterShapeAdmission : IUpdateCheck
{
    public string? Check(UpdateCandidate candidate)
    {
        var verdict = CharterShapeCheck.Check(candidate.Doc, candidate.Decoded);
        candidate.DropPending |= verdict.DropPending;
        return verdict.Problem;
    }
}
