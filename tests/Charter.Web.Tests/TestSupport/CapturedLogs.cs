using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Charter.Web.Tests.TestSupport;

/// <summary>Keeps every message the app logs, so tests can read what an operator would see.</summary>
internal sealed partial class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages;

    /// <summary>The path of the one-time setup link the app printed, or null if it printed none.</summary>
    public string? SetupLinkPath() =>
        _messages.Select(m => SetupLink().Match(m)).LastOrDefault(m => m.Success)?.Value;

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    [GeneratedRegex("/account/setup/[A-Za-z0-9_-]+")]
    private static partial Regex SetupLink();

    private sealed class Logger(CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs._messages.Enqueue(formatter(state, exception));
    }
}
