using Charter.Crdt;
using Charter.Web.Storage;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Collaboration.Hub;

/// <summary>
/// Runs around every <see cref="CharterHub"/> call: checks the charter argument, asks
/// <see cref="CharterHubAuthorization"/>, and turns typed input errors into a
/// <see cref="HubException"/> whose message reaches the caller (and nobody else).
/// </summary>
public sealed class CharterHubFilter(CharterHubAuthorization authorization) : IHubFilter
{
    public const int MaxCharterNameLength = 200;

    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.HubMethodArguments.Count == 0
            || invocationContext.HubMethodArguments[0] is not string { Length: > 0 and <= MaxCharterNameLength } charter)
        {
            throw new HubException($"The first argument must be a charter's name (1 to {MaxCharterNameLength} characters).");
        }

        var access = invocationContext.HubMethodName is nameof(CharterHub.Update) or nameof(CharterHub.UpdateChunk)
            ? CharterHubAccess.Write
            : CharterHubAccess.Read;
        await authorization.AuthorizeAsync(invocationContext.Context, charter, access);
        try
        {
            return await next(invocationContext);
        }
        catch (MalformedUpdateException malformed)
        {
            throw new HubException($"Malformed message for charter '{charter}': {malformed.Message}. Nothing was changed.");
        }
        catch (Exception error) when (error is InvalidSyncMessageException or ChunkedUploadException or DestructiveEditRefusedException
            or CharterNotFoundException or CharterUnreadableException or Collaboration.CharterSessionFaultedException)
        {
            throw new HubException(error.Message);
        }
    }
}
