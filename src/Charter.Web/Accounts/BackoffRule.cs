namespace Charter.Web.Accounts;

/// <summary>
/// <paramref name="FreeAttempts"/> attempts go ahead at once; after that each one must wait
/// <paramref name="FirstWait"/>, then twice that, and so on, never more than <paramref name="MaxWait"/>,
/// counted from the attempt before it.
/// </summary>
public sealed record BackoffRule(int FreeAttempts, TimeSpan FirstWait, TimeSpan MaxWait)
{
    /// <summary>How long after the last of <paramref name="attempts"/> attempts the next may start.</summary>
    public TimeSpan WaitAfter(int attempts)
    {
        if (attempts < FreeAttempts)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(attempts - FreeAttempts, 30);
        var wait = FirstWait * Math.Pow(2, doublings);
        return wait < MaxWait ? wait : MaxWait;
    }
}
