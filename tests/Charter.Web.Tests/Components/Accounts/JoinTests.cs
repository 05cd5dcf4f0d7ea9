using Bunit;
using Charter.Web.Accounts;
using Charter.Web.Components.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Components.Accounts;

public sealed class JoinTests : AccountPagesContext
{
    [Fact]
    public void Render_UnknownInvitation_SaysItIsNotValidAndShowsNoForm()
    {
        var cut = Render<Join>(p => p.Add(c => c.Token, "not-a-real-token"));

        Assert.Contains("This invitation link is not valid", cut.Find("[role='alert']").TextContent);
        Assert.Empty(cut.FindAll("form"));
    }

    [Fact]
    public async Task Render_ValidInvitation_ShowsItsRoleAndTheSignUpFields()
    {
        var steward = new PersonStanding("steward-id", "Steward", CharterRole.Steward, IsActive: true);
        var created = await InScopeAsync(s => s.GetRequiredService<InvitationService>().CreateAsync(steward, CharterRole.Observer, TimeSpan.FromDays(2), "for Olga"));

        var cut = Render<Join>(p => p.Add(c => c.Token, created.Token));

        Assert.Contains("You are invited to join as observer.", cut.Find(".account-page").TextContent);
        Assert.Equal(["Input.DisplayName", "Input.Email", "Input.Password", "Input.PreferredLanguage"],
            cut.FindAll("input[name^='Input.'], select[name^='Input.']").Select(e => e.GetAttribute("name")!));
        Assert.Equal("Display name", cut.Find("label[for='signup-name']").TextContent);
        Assert.Equal("Create my account", cut.Find("form button[type='submit']").TextContent);
    }
}
