namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// Waits for something pushed over the network to arrive. The timeout only bounds a hung test;
/// nothing here asserts how fast it arrives.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task TrueAsync(Func<bool> condition, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Still not true after {Limit}: {describe()}");
            }

            await Task.Delay(20);
        }
    }

    public static async Task TrueAsync(Func<Task<bool>> condition, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Still not true after {Limit}: {describe()}");
            }

            await Task.Delay(20);
        }
    }
}
