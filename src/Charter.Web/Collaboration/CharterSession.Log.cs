namespace Charter.Web.Collaboration;

/// <summary>What a session logs.</summary>
public sealed partial class CharterSession
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Opened charter {Name} at update {LastSequence} ({Replayed} replayed from the log).")]
    private static partial void LogLoaded(ILogger logger, string name, long lastSequence, int replayed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an update to charter {Name} from connection {ConnectionId}: {Problem}")]
    private static partial void LogRejected(ILogger logger, string name, string? connectionId, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not broadcast the updates up to {Sequence} of charter {Name}.")]
    private static partial void LogBroadcastFailed(ILogger logger, Exception error, string name, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not compact charter {Name}; its log is kept and compaction will be retried.")]
    private static partial void LogCompactionFailed(ILogger logger, Exception error, string name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Charter {Name} failed while committing or broadcasting; the session is closed, its waiting calls fail, and it will be reloaded from the store.")]
    private static partial void LogFaulted(ILogger logger, Exception error, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Charter {Name}: structs still waiting for missing updates after {Commits} commits were dropped.")]
    private static partial void LogPendingExpired(ILogger logger, string name, int commits);

    [LoggerMessage(Level = LogLevel.Information, Message = "Charter {Name}: structs still waiting for missing updates were dropped at unload.")]
    private static partial void LogPendingDroppedAtUnload(ILogger logger, string name);
}
