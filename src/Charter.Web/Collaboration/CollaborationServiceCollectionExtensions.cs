using Charter.Web.Collaboration.Admission;
using Charter.Web.Collaboration.Hub;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Collaboration;

public static class CollaborationServiceCollectionExtensions
{
    /// <summary>The largest message the hub accepts; bigger frames come in <c>UpdateChunk</c>s.</summary>
    public const int MaximumReceiveMessageSize = 512 * 1024;

    public const int MaximumParallelInvocationsPerClient = 4;

    /// <summary>
    /// Registers the charter sessions (one actor per open charter), presence, and the hub with the
    /// MessagePack protocol (settings under <c>Charter:Collaboration</c>). The hub needs an
    /// <see cref="ICharterHubAuthorization"/> and an <see cref="IPresenceLimit"/>, which AddCharterHubSecurity
    /// registers, and an <see cref="IDestructiveEditRecorder"/>, which AddCharterHistory registers.
    /// </summary>
    public static IServiceCollection AddCharterCollaboration(this IServiceCollection services)
    {
        services.AddOptions<CollaborationOptions>().BindConfiguration(CollaborationOptions.SectionName);
        services.AddOptions<PersonLimitsOptions>().BindConfiguration(PersonLimitsOptions.SectionName);
        services.AddSingleton<CharterSessionRegistry>();
        // What an update may change, checked before it is applied, in this order (UpdateAdmission).
        services.AddSingleton<IUpdateCheck, CharterShapeAdmission>();
        services.AddSingleton<IUpdateCheck, PendingUpdateBounds>();
        services.AddSingleton<UpdateAdmission>();
        services.AddSingleton<CharterAwarenessRegistry>();
        services.AddSingleton<ChunkedUploads>();
        services.AddSingleton<ICharterBroadcaster, HubCharterBroadcaster>();
        services.AddSingleton<CharterHubFilter>();
        services.AddHostedService<IdleCharterUnloader>();
        services.AddSignalR()
            .AddMessagePackProtocol()
            .AddHubOptions<CharterHub>(hub =>
            {
                hub.MaximumReceiveMessageSize = MaximumReceiveMessageSize;
                // A client may have a few updates waiting for their commit at once, so a burst of
                // keystrokes shares one commit instead of waiting one commit per keystroke. They
                // reach the session in the order they arrived.
                hub.MaximumParallelInvocationsPerClient = MaximumParallelInvocationsPerClient;
                hub.SupportedProtocols = ["messagepack"];
                hub.AddFilter<CharterHubFilter>();
            });
        return services;
    }

    /// <summary>Maps the live co-editing hub at <see cref="CharterHub.Path"/>.</summary>
    public static IEndpointRouteBuilder MapCharterHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<CharterHub>(CharterHub.Path);
        return endpoints;
    }
}
