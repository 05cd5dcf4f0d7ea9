using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Collaboration.Hub;

/// <summary>The charters a connection has joined, kept in its <see cref="HubCallerContext.Items"/>.</summary>
internal static class JoinedCharters
{
    private static readonly object Key = new();

    public static void Add(HubCallerContext context, string charter)
    {
        var joined = Of(context);
        lock (joined)
        {
            joined.Add(charter);
        }
    }

    public static bool Contains(HubCallerContext context, string charter)
    {
        var joined = Of(context);
        lock (joined)
        {
            return joined.Contains(charter);
        }
    }

    public static bool Remove(HubCallerContext context, string charter)
    {
        var joined = Of(context);
        lock (joined)
        {
            return joined.Remove(charter);
        }
    }

    public static IReadOnlyList<string> RemoveAll(HubCallerContext context)
    {
        var joined = Of(context);
        lock (joined)
        {
            var all = joined.ToList();
            joined.Clear();
            return all;
        }
    }

    private static HashSet<string> Of(HubCallerContext context)
    {
        lock (context.Items)
        {
            if (!context.Items.TryGetValue(Key, out var joined))
            {
                joined = new HashSet<string>(StringComparer.Ordinal);
                context.Items[Key] = joined;
            }

            return (HashSet<string>)joined!;
        }
    }
}
