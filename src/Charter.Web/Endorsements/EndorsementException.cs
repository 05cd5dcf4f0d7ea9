namespace Charter.Web.Endorsements;

/// <summary>An endorsement action was refused and nothing was stored; <see cref="Exception.Message"/> says why.</summary>
public sealed class EndorsementException(string code, string message) : Exception(message)
{
    /// <summary>A stable name for the reason (<c>NotAllowed</c>, <c>SigningClosed</c>, …), for the page's strings (<c>Endorse.Error.&lt;code&gt;</c>).</summary>
    public string Code { get; } = code;
}
