using System.Globalization;
using Bunit;
using Charter.Web.Components.Accounts;

namespace Charter.Web.Tests.Components.Accounts;

public sealed class LoginTests : AccountPagesContext
{
    [Fact]
    public void Render_Visitor_ShowsLabelledEmailAndPasswordFields()
    {
        var cut = Render<Login>();

        Assert.Equal("E-mail", cut.Find("label[for='login-email']").TextContent);
        Assert.Equal("email", cut.Find("#login-email").GetAttribute("type"));
        Assert.Equal("Password", cut.Find("label[for='login-password']").TextContent);
        Assert.Equal("current-password", cut.Find("#login-password").GetAttribute("autocomplete"));
        Assert.Equal("Sign in", cut.Find("form button[type='submit']").TextContent);
        Assert.Empty(cut.FindAll("[role='alert']"));
    }

    [Fact]
    public void Render_SpanishInterface_SpeaksSpanish()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("es");
        try
        {
            var cut = Render<Login>();

            cut.Find("h1").MarkupMatches("<h1>Iniciar sesión</h1>");
            Assert.Equal("Contraseña", cut.Find("label[for='login-password']").TextContent);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
