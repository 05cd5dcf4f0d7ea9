namespace Charter.Domain.Tests.TestDoubles;

/// <summary>A clock that only moves when the test moves it.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public static ManualClock At2026() => new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now;
}
