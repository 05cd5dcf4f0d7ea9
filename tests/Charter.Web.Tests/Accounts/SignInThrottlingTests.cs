using System.Net;
using AngleSharp.Html.Parser;
using Charter.Web.Accounts;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Charter.Web.Tests.Accounts;

/// <summary>
/// The sign-in form on the real app and SQLite, with the throttle on a clock the test holds still
/// (the in-process test server gives every request the same client address).
/// </summary>
public sealed class SignInThrottlingTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task LogIn_65WrongGuessesAcrossAccountsFromOneClient_AllAfterThe20thAreRefusedWith429()
    {
        await using var app = new CharterAppFactory(_database);
        using var throttled = WithThrottleClock(app);
        using var client = BrowserLike(throttled);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 65; i++)
        {
            using var response = await SubmitLoginAsync(client, $"person{i}@example.org", "wrong password, again");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
                Assert.Equal("Too many sign-in attempts. Try again in 60 seconds.", await AlertAsync(response));
            }
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 20).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 45)), statuses);
    }

    [Fact]
    public async Task LogIn_StrangerGuessed30TimesFromTheSameAddress_OwnerStillSignsInFromTheirOwnBrowser()
    {
        await using var app = new CharterAppFactory(_database);
        using var throttled = WithThrottleClock(app);
        var owner = await CreatePersonAsync(throttled);
        using var ownersBrowser = BrowserLike(throttled);
        using (var first = await SubmitLoginAsync(ownersBrowser, owner.Email!, TestPeople.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var stranger = BrowserLike(throttled);
        for (var i = 0; i < 30; i++)
        {
            using var _ = await SubmitLoginAsync(stranger, owner.Email!, $"guess {i}");
        }

        // The right password from a new browser at that address waits too: guessing costs nothing there.
        using var newBrowser = BrowserLike(throttled);
        using var fromNewBrowser = await SubmitLoginAsync(newBrowser, owner.Email!, TestPeople.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, fromNewBrowser.StatusCode);
        using var fromOwnBrowser = await SubmitLoginAsync(ownersBrowser, owner.Email!, TestPeople.Password);
        Assert.Equal(HttpStatusCode.Redirect, fromOwnBrowser.StatusCode);
        await using var scope = throttled.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<UserManager<Person>>().IsLockedOutAsync(owner));
    }

    [Fact]
    public async Task LogIn_UnknownEmailKnownEmailOrDeactivatedPerson_EachChecksOnePasswordHash()
    {
        await using var app = new CharterAppFactory(_database);
        var hasher = new CountingPasswordHasher();
        using var counted = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<Person>>(hasher)));
        var member = await CreatePersonAsync(counted);
        var deactivated = await CreatePersonAsync(counted);
        await using (var scope = counted.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
            var stored = await users.FindByIdAsync(deactivated.Id);
            stored!.IsActive = false;
            await users.UpdateAsync(stored);
        }

        using var client = BrowserLike(counted);
        var checks = new List<int>();
        foreach (var (email, password) in new[] { ("nobody@example.org", "a password of some length"), (member.Email!, "a wrong password here"), (deactivated.Email!, TestPeople.Password) })
        {
            var before = hasher.Verifications;
            using var response = await SubmitLoginAsync(client, email, password);
            Assert.Equal("That e-mail and password do not match an active account.", await AlertAsync(response));
            checks.Add(hasher.Verifications - before);
        }

        Assert.Equal([1, 1, 1], checks);
    }

    private WebApplicationFactory<Program> WithThrottleClock(CharterAppFactory app) =>
        app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton(new SignInThrottle(_clock))));

    private static HttpClient BrowserLike(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<Person> CreatePersonAsync(WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PersonFactory>().CreateAsync(
            new PersonSignUp($"{Guid.NewGuid():N}@example.org", "Owner", TestPeople.Password, "en"), CharterRole.Member);
    }

    private static Task<HttpResponseMessage> SubmitLoginAsync(HttpClient client, string email, string password) =>
        ServerForms.SubmitAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    private static async Task<string?> AlertAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("[role='alert']")?.TextContent;

    public void Dispose() => _database.Dispose();

    /// <summary>Identity's own hasher, counting how many passwords it checked.</summary>
    private sealed class CountingPasswordHasher : IPasswordHasher<Person>
    {
        private readonly PasswordHasher<Person> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(Person user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Person user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
