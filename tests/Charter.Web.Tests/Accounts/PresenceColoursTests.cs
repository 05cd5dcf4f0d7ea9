using Charter.Web.Accounts;

namespace Charter.Web.Tests.Accounts;

public sealed class PresenceColoursTests
{
    [Fact]
    public void Palette_EightDistinctColours_ReadableOnEveryThemeBackground()
    {
        Assert.Equal(8, PresenceColours.Palette.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var colour in PresenceColours.Palette)
        {
            foreach (var background in PresenceColours.ThemeBackgrounds)
            {
                Assert.True(PresenceColours.Contrast(colour, background) >= PresenceColours.MinimumContrast, $"{colour} on {background}");
            }
        }
    }

    [Theory]
    [InlineData("#ffff00")] // yellow: invisible on white
    [InlineData("#111111")] // near black: invisible on the dark theme
    public void Assign_UnreadablePreference_GetsAPaletteColour(string preferred) =>
        Assert.Equal(PresenceColours.Palette[0], PresenceColours.Assign(preferred, []));

    [Fact]
    public void Assign_ReadableFreePreference_IsKept() =>
        Assert.Equal("#d9480f", PresenceColours.Assign("#D9480F", ["#1f77b4"]));

    [Fact]
    public void Assign_PreferenceTaken_GetsTheFirstFreePaletteColour() =>
        Assert.Equal(PresenceColours.Palette[2], PresenceColours.Assign(PresenceColours.Palette[0], [PresenceColours.Palette[0], PresenceColours.Palette[1]]));

    [Fact]
    public void Contrast_BlackOnWhite_Is21() =>
        Assert.Equal(21, PresenceColours.Contrast("#000000", "#ffffff"), precision: 6);
}
