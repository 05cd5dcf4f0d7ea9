using Charter.Web.Accounts;
using Charter.Web.Agenda;
using Charter.Web.Collaboration;
using Charter.Web.Components;
using Charter.Web.Endorsements;
using Charter.Web.Governance;
using Charter.Web.Hosting;
using Charter.Web.History;
using Charter.Web.HubSecurity;
using Charter.Web.Import;
using Charter.Web.Localization;
using Charter.Web.Mail;
using Charter.Web.Operations;
using Charter.Web.Operations.Backup;
using Charter.Web.Reading;
using Charter.Web.Storage;
using Charter.Web.Translations;
using Charter.Web.Versions;

// Files (wwwroot/, drafts/, data/) are found from the repository root; see CharterPaths.
var paths = CharterPaths.Locate();
// `backup <file>` and `restore <file>` run instead of serving; see README "Operating it".
if (await BackupCommandLine.RunAsync(args, paths) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = paths.WebRoot });
builder.UseFrameworkAssetsFromBuildOutput();

builder.Services.AddSingleton(paths);
builder.Services.AddCharterStorage();
builder.Services.AddCharterImport();
builder.Services.AddCharterCollaboration();
builder.Services.AddCharterReading();
builder.Services.AddCharterLocalization();
builder.Services.AddCharterTranslations();
builder.Services.AddCharterAccounts();
builder.Services.AddCharterMail();
builder.Services.AddCharterGovernance();
builder.Services.AddCharterAgenda();
builder.Services.AddCharterHubSecurity();
builder.Services.AddCharterVersions();
builder.Services.AddCharterEndorsements();
builder.Services.AddCharterStaticFiles();
builder.Services.AddHtmlCompression();
builder.Services.AddCharterWebHardening();
builder.Services.AddCharterHistory();
builder.Services.AddCharterOperations();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

await app.MigrateCharterDatabaseAsync();
await app.ImportDraftsOnFirstStartAsync();
await app.PrepareCharterAccountsAsync();
await app.MigrateGovernanceDatabaseAsync();

// A trusted proxy's forwarded scheme and address, then the security headers, before anything else.
app.UseCharterWebHardening();
app.UseCharterOperations();
// Pages are compressed, except those that carry one-time links (see HtmlCompression). Files in
// wwwroot/ are served before routing, so they never reach an endpoint.
app.UseHtmlCompression();
app.UseCharterStaticFiles();
app.UseHubOriginCheck();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
// The interface language: profile claim, then cookie, then Accept-Language. It reads the signed-in
// user, so it runs after authentication.
app.UseRequestLocalization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapCultureSwitch();
app.MapCharterAccounts();
app.MapCharterHub();
app.MapTranslationEndpoints();
app.MapCharterVersions();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;
