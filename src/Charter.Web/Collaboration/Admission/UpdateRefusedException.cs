namespace Charter.Web.Collaboration.Admission;

/// <summary>An update that decodes but breaks a rule of <see cref="UpdateAdmission"/>; nothing of it was applied.</summary>
public sealed class UpdateRefusedException(string reason)
    : Exception($"Update refused: {reason} Nothing was changed.")
{
    public string Reason { get; } = reason;
}
