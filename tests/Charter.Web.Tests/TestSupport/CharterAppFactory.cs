using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// The real app, in process, on a given SQLite file. Each instance is one start of the app, so a
/// second factory on the same database is a restart.
/// </summary>
internal sealed class CharterAppFactory(TempDatabase database, string? draftsPath = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Charter", database.ConnectionString);
        if (draftsPath is not null)
        {
            builder.UseSetting("Charter:DraftsPath", draftsPath);
        }
    }

    /// <summary>Starts the app (running migrations and the first-start import) if not started yet.</summary>
    public void Start() => _ = Services;
}
