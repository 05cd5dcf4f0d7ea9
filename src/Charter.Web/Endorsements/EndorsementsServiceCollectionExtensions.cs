using Charter.Web.Versions;

namespace Charter.Web.Endorsements;

public static class EndorsementsServiceCollectionExtensions
{
    /// <summary>
    /// Endorsements of published versions: the store (which also answers the archive and the chain
    /// check through <see cref="IVersionEndorsements"/>), endorsing, public signing with its limit
    /// and mail, and moderation. Organisations come from the directory in Accounts (<see cref="DirectoryEndorsingOrganisations"/>).
    /// </summary>
    public static IServiceCollection AddCharterEndorsements(this IServiceCollection services)
    {
        services.AddSingleton<EndorsementStore>();
        services.AddSingleton<IVersionEndorsements>(provider => provider.GetRequiredService<EndorsementStore>());
        services.AddSingleton<IEndorsingOrganisations, DirectoryEndorsingOrganisations>();
        services.AddSingleton<PublicSigningLimit>();
        services.AddSingleton<EndorsementTokens>();
        services.AddSingleton<PublicSigningMail>();
        services.AddScoped<Endorsing>();
        services.AddScoped<PublicSigning>();
        services.AddScoped<EndorsementModeration>();
        return services;
    }
}
