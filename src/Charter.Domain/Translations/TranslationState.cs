namespace Charter.Domain.Translations;

/// <summary>Where a clause's translation into one language stands against its source text.</summary>
public enum TranslationState
{
    /// <summary>No translation: readers see the source text, marked as such.</summary>
    Missing,

    /// <summary>Translated but never confirmed against any source text (no <c>sourceHash</c>).</summary>
    Unconfirmed,

    /// <summary>Confirmed against the source text as it is now.</summary>
    Current,

    /// <summary>Confirmed against source text that has changed since (docs/ARCHITECTURE.md, "Languages").</summary>
    Stale,
}
