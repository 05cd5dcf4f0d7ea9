using Charter.E2E.Accounts;
using Microsoft.Playwright;

namespace Charter.E2E;

/// <summary>
/// One server process and one browser shared by the tests of a class. The tests only read, so
/// sharing them costs no isolation and saves a start per test.
/// </summary>
public sealed class RunningCharter : IAsyncLifetime
{
    private CharterServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private E2EPeople? _people;

    public CharterServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not started.");

    /// <summary>Makes signed-up people on this server (the first call uses its setup link).</summary>
    public E2EPeople People => _people ??= new E2EPeople(Server);

    public async Task InitializeAsync()
    {
        _server = await CharterServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
