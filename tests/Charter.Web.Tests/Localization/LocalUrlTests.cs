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
    [InlineData("javascript:alert(1)")]
    [InlineData("evil.example")]
    [InlineData("/\r\nLocation: https://evil.example")]
    public void IsLocal_AnythingThatCouldLeaveTheSite_IsFalse(string? url) => Assert.False(LocalUrl.IsLocal(url));
}
