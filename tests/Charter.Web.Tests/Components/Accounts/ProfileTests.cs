using System.Security.Claims;
using Bunit;
using Charter.Web.Accounts;
using Charter.Web.Components.Accounts;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Components.Accounts;

public sealed class ProfileTests : AccountPagesContext
{
    [Fact]
    public async Task Render_SignedInPerson_ShowsTheirRoleNameLanguageAndColour()
    {
        var authorization = AddAuthorization();
        var person = await InScopeAsync(s => TestSignIn.CreateAsync(s, CharterRole.Member, "Lucía"));
        authorization.SetAuthorized(person.UserName!);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, person.Id));

        var cut = Render<Profile>();

        cut.WaitForAssertion(() => Assert.Equal("Lucía", cut.Find("#profile-name").GetAttribute("value")));
        Assert.Contains("Your role: member.", cut.Find(".account-page").TextContent);
        Assert.Equal("en", cut.Find("#profile-language").GetAttribute("value"));
        Assert.Equal(person.PresenceColour, cut.Find("#profile-colour").GetAttribute("value"));
        Assert.Equal("color", cut.Find("#profile-colour").GetAttribute("type"));
        Assert.Equal(["English", "Español", "Português", "Français"], cut.FindAll("#profile-language option").Select(o => o.TextContent));
        // Without SMTP and a public address nothing is mailed, so the profile offers no choice about it.
        Assert.Empty(cut.FindAll("#profile-notification-mail"));
    }
}
