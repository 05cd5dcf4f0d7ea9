using Charter.Web.Localization;

namespace Charter.Web.Tests.Localization;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?lang=es#c-b73y")]
    [InlineData("/charters/bill-of-rights/edit")]
    public void IsLocal_PathOnThisSite_IsTrue(string url) => Assert.True(LocalUrl.IsLocal(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/a\\b")]
    [InlineData("javascript:alert(1)")]
    [InlineData("evil.example")]
    [InlineData("/\r\nLocation: https://evil.example")]
    [InlineData("/\u0001")]
    [InlineData("/\t/evil.example")]
    [InlineData("/x\u007f")]
    public void IsLocal_AnythingThatCouldLeaveTheSiteOrBreakARedirect_IsFalse(string? url) => Assert.False(LocalUrl.IsLocal(url));

    [Theory]
    [InlineData(null, "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/\u0001", "/")]
    [InlineData("/versions?x=1#v", "/versions?x=1#v")]
    [InlineData("/charters/ç a", "/charters/%C3%A7%20a")]
    public void OrHome_AnyInput_IsALocalPathAHeaderCanCarry(string? url, string expected)
    {
        var result = LocalUrl.OrHome(url);

        Assert.Equal(expected, result);
        Assert.All(result, c => Assert.InRange(c, '!', '~'));
    }
}
