using System.Globalization;

namespace Charter.Web.Localization;

/// <summary>
/// Numbers in the current culture (the request's interface language): "12,345" in English,
/// "12.345" in Spanish. Dates and times go through <see cref="LocalDates"/>.
/// </summary>
public static class CultureFormat
{
    /// <summary>A whole number with the culture's grouping: "12,345" / "12.345" / "12 345".</summary>
    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A share as a whole percentage: "67%" / "67 %".</summary>
    public static string Percent(double share) => share.ToString("P0", CultureInfo.CurrentCulture);
}
