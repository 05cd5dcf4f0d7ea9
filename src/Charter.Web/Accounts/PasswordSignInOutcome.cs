namespace Charter.Web.Accounts;

/// <summary>What became of a sign-in attempt; one kind of failure, so the form reveals nothing about who has an account.</summary>
public sealed record PasswordSignInOutcome(bool Succeeded, TimeSpan RetryAfter)
{
    public static PasswordSignInOutcome SignedIn { get; } = new(true, TimeSpan.Zero);

    public static PasswordSignInOutcome Failed { get; } = new(false, TimeSpan.Zero);

    public static PasswordSignInOutcome Throttled(TimeSpan retryAfter) => new(false, retryAfter);

    public bool IsThrottled => RetryAfter > TimeSpan.Zero;
}
