using Charter.Crdt;
using Charter.Web.Storage;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Collaboration.Hub;

/// <summary>
/// Runs around every <see cref="CharterHub"/> call: looks the method up in
/// <see cref="CharterHubMethods"/> (a method not in the table is refused), checks the charter
/// argument, asks <see cref="ICharterHubAuthorization"/>, and turns typed input errors into a
/// <see cref="HubRefusal"/> whose message reaches the caller (and nobody else).
/// </summary>
public sealed class CharterHubFilter(ICharterHubAuthorization authorization) : IHubFilter
{
    public const int MaxCharterNameLength = 200;

    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var access = CharterHubMethods.For(invocationContext.HubMethodName)
            ?? throw HubRefusal.Because(HubRefusal.Malformed, $"'{invocationContext.HubMethodName}' may not be called: it has no entry in the hub's access table.");
        if (invocationContext.HubMethodArguments.Count == 0
            || invocationContext.HubMethodArguments[0] is not string { Length: > 0 and <= MaxCharterNameLength } charter)
        {
            throw HubRefusal.Because(HubRefusal.Malformed, $"The first argument must be a charter's name (1 to {MaxCharterNameLength} characters).");
        }

        await authorization.AuthorizeAsync(invocationContext.Context, charter, access);
        try
        {
            return await next(invocationContext);
        }
        catch (MalformedUpdateException malformed)
        {
            throw HubRefusal.Because(HubRefusal.Malformed, $"Malformed message for charter '{charter}': {malformed.Message}. Nothing was changed.");
        }
        catch (Exception error) when (CodeOf(error) is { } code)
        {
            throw HubRefusal.Because(code, error.Message);
        }
    }

    /// <summary>The refusal code for an input or availability error the caller should hear about, else null.</summary>
    private static string? CodeOf(Exception error) => error switch
    {
        InvalidSyncMessageException or ChunkedUploadException => HubRefusal.Malformed,
        DestructiveEditRefusedException => HubRefusal.Destructive,
        Collaboration.Admission.UpdateRefusedException or PresenceRefusedException => HubRefusal.NotAccepted,
        CharterNotFoundException or CharterUnreadableException or Collaboration.CharterSessionFaultedException => HubRefusal.Unavailable,
        _ => null,
    };
}
