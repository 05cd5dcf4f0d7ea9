using Charter.Web.Versions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Charter.Web.Endorsements;

public static class EndorsementsServiceCollectionExtensions
{
    /// <summary>
    /// Endorsements of published versions: the store (which also answers the archive and the chain
    /// check through <see cref="IVersionEndorsements"/>), endorsing, public signing with its limit
    /// and mail, and moderation. Organisations come from an <see cref="IEndorsingOrganisations"/>
    /// registered elsewhere, or none.
    /// </summary>
    public static IServiceCollection AddCharterEndorsements(this IServiceCollection services)
    {
        services.AddSingleton<EndorsementStore>();
        services.AddSingleton<IVersionEndorsements>(provider => provider.GetRequiredService<EndorsementStore>());
        services.TryAddSingleton<IEndorsingOrganisations, NoEndorsingOrganisations>();
        services.AddSingleton<PublicSigningLimit>();
        services.AddSingleton<EndorsementTokens>();
        services.AddSingleton<PublicSigningMail>();
        services.AddScoped<Endorsing>();
        services.AddScoped<PublicSigning>();
        services.AddScoped<EndorsementModeration>();
        return services;
    }
}
