using System.Globalization;

namespace Charter.Web.Localization;

/// <summary>
/// The one way a date is shown to people, one form per interface language, with the month as a
/// word: "Dec 4, 2026" / "4 dic 2026" / "4 dez. 2026" / "4 déc. 2026". A numeric date is read
/// day-first in most of Latin America and month-first in the United States, so "12/4/2026" means two
/// days; a month name means one. Times are in UTC on a 24-hour clock and say so: readers span a dozen
/// time zones, and a UTC time is one they can check.
/// </summary>
public static class LocalDates
{
    /// <summary>English puts the month first; Spanish, Portuguese and French the day.</summary>
    private static string DatePattern(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? "MMM d, yyyy" : "d MMM yyyy";

    /// <summary>"Dec 4, 2026" / "4 dic 2026", in <paramref name="culture"/> or the current one.</summary>
    public static string Date(DateTimeOffset value, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return value.UtcDateTime.ToString(DatePattern(culture), culture);
    }

    /// <summary>"Dec 4, 2026, 13:41 UTC" / "4 dic 2026, 13:41 UTC".</summary>
    public static string DateTime(DateTimeOffset value, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return $"{Date(value, culture)}, {value.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";
    }

    /// <summary>The instant for a <c>&lt;time datetime&gt;</c> attribute: ISO 8601 in UTC, for machines.</summary>
    public static string Machine(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
