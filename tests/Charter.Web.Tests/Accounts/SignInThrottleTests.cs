using Charter.Web.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace Charter.Web.Tests.Accounts;

/// <summary>The throttle's rules on a clock the test moves: who is slowed, by how much, and who never is.</summary>
public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private SignInThrottle Throttle { get; }

    public SignInThrottleTests() => Throttle = new SignInThrottle(_clock);

    [Fact]
    public void TryBegin_65AttemptsAcrossAccountsAt15PerSecondFromOneClient_OnlyTheFirst20GoAhead()
    {
        var allowed = 0;
        for (var i = 0; i < 65; i++)
        {
            if (Throttle.TryBegin(new SignInAttempt($"PERSON{i}@EXAMPLE.ORG", "203.0.113.7", null)) == TimeSpan.Zero)
            {
                allowed++;
            }

            _clock.Advance(TimeSpan.FromSeconds(1.0 / 15));
        }

        Assert.Equal(SignInThrottle.PerClient.FreeAttempts, allowed);
    }

    [Fact]
    public void TryBegin_StrangerGuessesOneAccount_OwnerFromAnotherAddressGoesAhead()
    {
        var strangerRefused = 0;
        for (var i = 0; i < 40; i++)
        {
            strangerRefused += Throttle.TryBegin(new SignInAttempt("OWNER@EXAMPLE.ORG", "203.0.113.7", null)) > TimeSpan.Zero ? 1 : 0;
        }

        Assert.Equal(40 - SignInThrottle.PerAccountFromClient.FreeAttempts, strangerRefused);
        Assert.Equal(TimeSpan.Zero, Throttle.TryBegin(new SignInAttempt("OWNER@EXAMPLE.ORG", "198.51.100.9", null)));
    }

    [Fact]
    public void TryBegin_AfterTheFreeAttempts_WaitsDoubleEachTime()
    {
        var attempt = new SignInAttempt("OWNER@EXAMPLE.ORG", "198.51.100.9", null);
        for (var i = 0; i < SignInThrottle.PerAccountFromClient.FreeAttempts; i++)
        {
            Assert.Equal(TimeSpan.Zero, Throttle.TryBegin(attempt));
        }

        Assert.Equal(TimeSpan.FromSeconds(30), Throttle.TryBegin(attempt));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.Zero, Throttle.TryBegin(attempt));
        Assert.Equal(TimeSpan.FromSeconds(60), Throttle.TryBegin(attempt));
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(TimeSpan.FromSeconds(1), Throttle.TryBegin(attempt));
    }

    [Fact]
    public void TryBegin_ManyAddressesGuessOneAccount_SlowsNewBrowsersButNeverForMoreThanTheCeiling()
    {
        for (var i = 0; i < 500; i++)
        {
            Throttle.TryBegin(new SignInAttempt("OWNER@EXAMPLE.ORG", $"10.0.{i / 250}.{i % 250}", null));
        }

        var wait = Throttle.TryBegin(new SignInAttempt("OWNER@EXAMPLE.ORG", "198.51.100.9", null));

        Assert.InRange(wait, TimeSpan.FromTicks(1), SignInThrottle.PerAccount.MaxWait);
        _clock.Advance(wait);
        Assert.Equal(TimeSpan.Zero, Throttle.TryBegin(new SignInAttempt("OWNER@EXAMPLE.ORG", "198.51.100.9", null)));
    }

    [Fact]
    public void TryBegin_KnownDeviceWhileEveryAddressIsThrottled_GoesAhead()
    {
        for (var i = 0; i < 500; i++)
        {
            Throttle.TryBegin(new SignInAttempt("OWNER@EXAMPLE.ORG", $"10.0.{i / 250}.{i % 250}", null));
            Throttle.TryBegin(new SignInAttempt($"OTHER{i}@EXAMPLE.ORG", "192.0.2.1", null));
        }

        Assert.Equal(TimeSpan.Zero, Throttle.TryBegin(new SignInAttempt("OWNER@EXAMPLE.ORG", "192.0.2.1", "D1")));
    }

    [Fact]
    public void Succeeded_BetweenGuesses_TakesBackOnlyItsOwnCount()
    {
        // Signing in to one's own account now and then does not buy more guesses at others'.
        var allowedGuesses = 0;
        for (var i = 0; i < 40; i++)
        {
            var own = new SignInAttempt("ATTACKER@EXAMPLE.ORG", "203.0.113.7", null);
            if (Throttle.TryBegin(own) == TimeSpan.Zero)
            {
                Throttle.Succeeded(own);
            }

            allowedGuesses += Throttle.TryBegin(new SignInAttempt($"PERSON{i}@EXAMPLE.ORG", "203.0.113.7", null)) == TimeSpan.Zero ? 1 : 0;
        }

        Assert.Equal(SignInThrottle.PerClient.FreeAttempts, allowedGuesses);
    }

    [Fact]
    public void TryBegin_AnHourAfterTheLastAttempt_StartsAfresh()
    {
        for (var i = 0; i < 30; i++)
        {
            Throttle.TryBegin(new SignInAttempt($"PERSON{i}@EXAMPLE.ORG", "203.0.113.7", null));
        }

        _clock.Advance(SignInThrottle.ForgetAfter);

        Assert.Equal(TimeSpan.Zero, Throttle.TryBegin(new SignInAttempt("PERSON99@EXAMPLE.ORG", "203.0.113.7", null)));
    }

    /// <summary>
    /// Parallel sign-ins from one address (a venue behind one router) can stamp a record a moment
    /// after another attempt read the clock, and a wall clock can step back: neither may turn a
    /// free attempt into a refusal.
    /// </summary>
    [Fact]
    public void TryBegin_ClockEarlierThanTheLastAttempt_FreeAttemptsStillGoAhead()
    {
        var clock = new SettableClock { Now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero) };
        var throttle = new SignInThrottle(clock);
        Assert.Equal(TimeSpan.Zero, throttle.TryBegin(new SignInAttempt("PERSON1@EXAMPLE.ORG", "203.0.113.7", null)));

        clock.Now -= TimeSpan.FromMilliseconds(1);

        Assert.Equal(TimeSpan.Zero, throttle.TryBegin(new SignInAttempt("PERSON2@EXAMPLE.ORG", "203.0.113.7", null)));
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    public void ClientOf_Address_GroupsIPv6ByItsSlash64(string address, string expected) =>
        Assert.Equal(expected, SignInAttempt.ClientOf(System.Net.IPAddress.Parse(address)));

    /// <summary>A clock the test can set anywhere, backwards too (FakeTimeProvider only moves forward).</summary>
    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
