namespace Charter.Web.Versions;

/// <summary>Another steward published the same version number first; nothing was stored.</summary>
public sealed class VersionConflictException(int number, Exception inner)
    : Exception($"version {number} was just published by someone else; reload and publish again if there is more to publish", inner)
{
    public int Number { get; } = number;
}
