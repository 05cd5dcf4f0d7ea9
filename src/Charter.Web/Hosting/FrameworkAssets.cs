namespace Charter.Web.Hosting;

/// <summary>
/// Where the framework's own files (<c>_framework/blazor.web.js</c>) come from. A published app
/// carries them in its <c>wwwroot/</c>; the build output does not: it has a manifest
/// (<c>Charter.Web.staticwebassets.runtime.json</c>) saying where they lie on this machine, which
/// ASP.NET Core reads only in Development unless asked. Asking always makes the build output,
/// started as the README says, serve them in any environment; without the manifest (a publish)
/// the call does nothing.
/// </summary>
public static class FrameworkAssets
{
    public static WebApplicationBuilder UseFrameworkAssetsFromBuildOutput(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }
}
