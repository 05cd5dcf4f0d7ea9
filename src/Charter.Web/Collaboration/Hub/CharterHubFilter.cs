using Charter.Crdt;
using Charter.Web.Storage;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Collaboration.Hub;

/// <summary>
/// Runs around every <see cref="CharterHub"/> call: looks the method up in
/// <see cref="CharterHubMethods"/> (a method not in the table is refused), checks the charter
/// argument, asks <see cref="ICharterHubAuthorization"/>, and turns typed input errors into a
/// <see cref="HubException"/> whose message reaches the caller (and nobody else).
/// </summary>
public sealed class CharterHubFilter(ICharterHubAuthorization authorization) : IHubFilter
{
    public const int MaxCharterNameLength = 200;

    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var access = CharterHubMethods.For(invocationContext.HubMethodName)
            ?? throw new HubException($"'{invocationContext.HubMethodName}' may not be called: it has no entry in the hub's access table.");
        if (invocationContext.HubMethodArguments.Count == 0
            || invocationContext.HubMethodArguments[0] is not string { Length: > 0 and <= MaxCharterNameLength } charter)
        {
            throw new HubException($"The first argument must be a charter's name (1 to {MaxCharterNameLength} characters).");
        }

        await authorization.AuthorizeAsync(invocationContext.Context, charter, access);
        try
        {
            return await next(invocationContext);
        }
        catch (MalformedUpdateException malformed)
        {
            throw new HubException($"Malformed message for charter '{charter}': {malformed.Message}. Nothing was changed.");
        }
        catch (Exception error) when (error is InvalidSyncMessageException or ChunkedUploadException or PresenceRefusedException
            or DestructiveEditRefusedException or CharterNotFoundException or CharterUnreadableException
            or Collaboration.CharterSessionFaultedException or Collaboration.Admission.UpdateRefusedException)
        {
            throw new HubException(error.Message);
        }
    }
}
