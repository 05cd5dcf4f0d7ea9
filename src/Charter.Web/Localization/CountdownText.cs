using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Localization;

/// <summary>
/// Time left until a deadline in words of the interface language: "2 days and 3 hours left",
/// "Faltam 5 horas e 10 minutos". Two units at most, the largest first, because a ballot that
/// closes in days does not need minutes.
/// </summary>
public sealed class CountdownText(IStringLocalizer<FormatText> text)
{
    public string Describe(TimeSpan remaining)
    {
        if (remaining <= TimeSpan.Zero)
        {
            return text["Countdown.Ended"];
        }

        if (remaining < TimeSpan.FromMinutes(1))
        {
            return text["Countdown.RemainingSingular", text["Countdown.LessThanAMinute"].Value];
        }

        var units = new (int Count, string Key)[]
            {
                (remaining.Days, "Countdown.Days"),
                (remaining.Hours, "Countdown.Hours"),
                (remaining.Days == 0 ? remaining.Minutes : 0, "Countdown.Minutes"),
            }
            .Where(u => u.Count > 0)
            .Take(2)
            .ToList();

        if (units.Count == 2)
        {
            return text["Countdown.Remaining", text["Countdown.Pair", Unit(units[0]), Unit(units[1])].Value];
        }

        // Spanish and Portuguese agree the verb with the amount: "Queda 1 hora", "Quedan 2 horas".
        var single = units[0];
        var singular = PluralText.Category(single.Count, CultureInfo.CurrentUICulture) == "One";
        return text[singular ? "Countdown.RemainingSingular" : "Countdown.Remaining", Unit(single)];
    }

    /// <summary>"3 hours", through the one plural rule (<see cref="PluralText"/>).</summary>
    private string Unit((int Count, string Key) unit) =>
        text.Plural(unit.Key, unit.Count, unit.Count.ToString("N0", CultureInfo.CurrentCulture));
}
