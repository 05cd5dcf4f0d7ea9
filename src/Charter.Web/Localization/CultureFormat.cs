using System.Globalization;

namespace Charter.Web.Localization;

/// <summary>
/// Dates, times and numbers in the current culture (the request's interface language), so a
/// deadline reads "26 de noviembre de 2026" in Spanish and "26 novembre 2026" in French. Times are
/// shown in UTC and say so: readers span a dozen time zones and a UTC time is one they can check.
/// </summary>
public static class CultureFormat
{
    /// <summary>A long date: "Thursday, November 26, 2026" / "jeudi 26 novembre 2026".</summary>
    public static string Date(DateTimeOffset value) =>
        value.UtcDateTime.ToString("D", CultureInfo.CurrentCulture);

    /// <summary>A long date with a short time, in UTC: "Thursday, November 26, 2026 7:30 PM UTC".</summary>
    public static string DateTime(DateTimeOffset value) =>
        $"{value.UtcDateTime.ToString("f", CultureInfo.CurrentCulture)} UTC";

    /// <summary>A short time in UTC: "7:30 PM UTC" / "19:30 UTC".</summary>
    public static string Time(DateTimeOffset value) =>
        $"{value.UtcDateTime.ToString("t", CultureInfo.CurrentCulture)} UTC";

    /// <summary>A whole number with the culture's grouping: "12,345" / "12.345" / "12 345".</summary>
    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A share as a whole percentage: "67%" / "67 %".</summary>
    public static string Percent(double share) => share.ToString("P0", CultureInfo.CurrentCulture);
}
