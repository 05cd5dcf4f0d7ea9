using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Charter.Web.Hosting;

public static class WebHardeningExtensions
{
    /// <summary>
    /// Settings for <see cref="UseCharterWebHardening"/>: the trusted proxies, the Markdown image
    /// hosts (checked at start, as they also go into a header), and cookies that are Secure
    /// whenever the request is HTTPS (directly or through a trusted proxy).
    /// </summary>
    public static IServiceCollection AddCharterWebHardening(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.SectionName);
        services.AddOptions<MarkdownImageSettings>().BindConfiguration(MarkdownImageSettings.SectionName)
            .Validate(s => s.ImageHosts.All(MarkdownImageSettings.IsHost),
                $"{MarkdownImageSettings.SectionName}:ImageHosts holds an entry that is not a host name (such as images.example.org or images.example.org:8443).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, settings) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Only the configured proxies, not ASP.NET's default of trusting loopback.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.Value.ParseProxies())
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in settings.Value.ParseNetworks())
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        // Antiforgery's cookie is otherwise never Secure; the sign-in cookie already follows the request.
        services.Configure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>
    /// First in the pipeline: a trusted proxy's forwarded scheme, host and client address (if
    /// <c>Charter:ForwardedHeaders</c> names one), so that everything after sees the request as the
    /// browser made it; then <see cref="SecurityHeaders"/>.
    /// </summary>
    public static IApplicationBuilder UseCharterWebHardening(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.IsConfigured)
        {
            app.UseForwardedHeaders();
        }

        return app.UseMiddleware<SecurityHeaders>();
    }
}
