namespace Charter.Testing;

/// <summary>How <see cref="CharterAppProcess"/> runs the app.</summary>
public sealed record CharterAppSettings
{
    /// <summary>The app's working directory; its SQLite file usually lives here too.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The <c>ConnectionStrings:Charter</c> the app uses.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>Further settings as environment variables (<c>Charter__Section__Key</c>).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>A path that answers 200 once the app is serving.</summary>
    public string ReadyPath { get; init; } = "/favicon.svg";

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Whether disposing the process also deletes <see cref="DataDirectory"/>.</summary>
    public bool DeleteDataDirectoryOnDispose { get; init; }
}
