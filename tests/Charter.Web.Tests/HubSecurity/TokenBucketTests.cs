using Charter.Web.HubSecurity;

namespace Charter.Web.Tests.HubSecurity;

public sealed class TokenBucketTests
{
    private const long Frequency = 1000;

    [Fact]
    public void TryTake_BurstUsedUp_RefusesUntilRefilled()
    {
        var bucket = new TokenBucket(capacity: 3, perSecond: 2, startTimestamp: 0);

        var burst = Enumerable.Range(0, 4).Select(_ => bucket.TryTake(0, Frequency)).ToArray();

        Assert.Equal([true, true, true, false], burst);
        Assert.False(bucket.TryTake(400, Frequency));
        Assert.True(bucket.TryTake(500, Frequency));
        Assert.False(bucket.TryTake(500, Frequency));
    }

    [Fact]
    public void TryTake_LongIdle_RefillsOnlyToCapacity()
    {
        var bucket = new TokenBucket(capacity: 2, perSecond: 100, startTimestamp: 0);
        bucket.TryTake(0, Frequency);
        bucket.TryTake(0, Frequency);

        var afterIdle = Enumerable.Range(0, 3).Select(_ => bucket.TryTake(60_000, Frequency)).ToArray();

        Assert.Equal([true, true, false], afterIdle);
    }
}
