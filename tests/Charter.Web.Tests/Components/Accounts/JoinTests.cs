using Bunit;
using Charter.Web.Accounts;
using Charter.Web.Components.Accounts;
using Charter.Web.Tests.TestSupport;
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

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("pt-BR", "pt")]
    [InlineData("fr", "fr")]
    [InlineData("de-DE", "en")]
    public async Task Render_ValidInvitationInABrowsersLanguage_PresetsThePreferredLanguageToIt(string culture, string preset)
    {
        using var scope = new CultureScope(culture);
        var steward = new PersonStanding("steward-id", "Steward", CharterRole.Steward, IsActive: true);
        var created = await InScopeAsync(s => s.GetRequiredService<InvitationService>().CreateAsync(steward, CharterRole.Member, TimeSpan.FromDays(2), ""));

        var cut = Render<Join>(p => p.Add(c => c.Token, created.Token));

        Assert.Equal(preset, cut.Find("select[name='Input.PreferredLanguage'] option[selected]").GetAttribute("value"));
    }

    [Fact]
    public void Render_SetupLinkInSpanish_PresetsSpanish()
    {
        using var scope = new CultureScope("es");

        var cut = Render<SignUpFields>(p => p.Add(c => c.Input, new SignUpInput()));

        Assert.Equal("es", cut.Find("select option[selected]").GetAttribute("value"));
    }
}
