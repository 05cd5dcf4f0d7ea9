using Charter.Web.Audit;
using Charter.Web.Hosting;
using Charter.Web.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Charter.Web.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// People, sign-in, roles and the audit log: Identity on the charter database's SQLite file,
    /// a cookie, and the policies in <see cref="CharterPolicies"/>.
    /// </summary>
    public static IServiceCollection AddCharterAccounts(this IServiceCollection services)
    {
        services.AddDbContext<AccountsDbContext>((provider, options) =>
            options.UseCharterSqlite(provider, AccountsDbContext.MigrationsHistoryTable));

        services.AddAuthentication(options =>
        {
            options.DefaultScheme = IdentityConstants.ApplicationScheme;
            options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        }).AddIdentityCookies();
        services.ConfigureApplicationCookie(AccountCookie.Configure);
        // Cookies are rechecked against the security stamp this often; deactivation renews the
        // stamp. Live authorisation does not wait for this: it reads PeopleRoster.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddIdentityCore<Person>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over composition rules (NIST SP 800-63B): long passphrases, no symbol quotas.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // No lockout: anyone could lock a person out by guessing wrong on purpose.
                // PasswordSignIn throttles guessing instead (SignInThrottle).
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager<CharterSignInManager>()
            .AddClaimsPrincipalFactory<PersonClaimsFactory>()
            .AddDefaultTokenProviders();

        // Validated at start, so a misspelt Charter:Access:Visitors stops the app instead of the first page.
        services.AddOptions<CharterAccessOptions>().BindConfiguration(CharterAccessOptions.SectionName).ValidateOnStart();
        services.AddAuthorizationBuilder()
            .AddPolicy(CharterPolicies.DraftReader, Require(CharterPolicies.DraftReader, (s, o) => o.VisitorsReadDraft || s is { IsActive: true }))
            .AddPolicy(CharterPolicies.VersionReader, Require(CharterPolicies.VersionReader, (s, o) => o.VisitorsReadVersions || s is { IsActive: true }))
            .AddPolicy(CharterPolicies.Person, Require(CharterPolicies.Person, (s, _) => s is { IsActive: true }))
            .AddPolicy(CharterPolicies.Editor, Require(CharterPolicies.Editor, (s, _) => s is { CanEdit: true }))
            .AddPolicy(CharterPolicies.Steward, Require(CharterPolicies.Steward, (s, _) => s is { CanManagePeople: true }));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, CharterAccessHandler>();
        services.AddCascadingAuthenticationState();

        // The accounts pages' strings (Localization/AccountsText); the UI-language setup adds the rest.
        services.AddLocalization();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PeopleRoster>();
        services.AddScoped<IAuditStore>(provider => provider.GetRequiredService<AccountsDbContext>());
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<PersonFactory>();
        services.AddScoped<InvitationService>();
        services.AddScoped<PendingInvitations>();
        services.AddScoped<PeopleAdministration>();
        services.AddScoped<Organisations.OrganisationAdministration>();
        services.AddSingleton<Organisations.OrganisationDirectory>();
        services.AddScoped<FirstStewardSetup>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<KnownDevices>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<Localization.IProfileLanguage, PersonProfileLanguage>();
        return services;
    }

    private static Action<Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder> Require(
        string name, Func<PersonStanding?, CharterAccessOptions, bool> allows) =>
        policy => policy.AddRequirements(new CharterAccessRequirement(name, allows));
}
