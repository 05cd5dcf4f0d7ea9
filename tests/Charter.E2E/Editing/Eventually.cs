namespace Charter.E2E.Editing;

/// <summary>Waits for a condition that involves more than one page, polling until a deadline.</summary>
public static class Eventually
{
    public static async Task EqualAsync(Func<Task<string>> expected, Func<Task<string>> actual, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        string want;
        string got;
        do
        {
            want = await expected();
            got = await actual();
            if (want == got)
            {
                return;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Equal(want, got);
    }
}
