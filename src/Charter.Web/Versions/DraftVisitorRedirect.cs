using Charter.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;

namespace Charter.Web.Versions;

/// <summary>
/// A visitor who may read published versions but not the live draft, and opens a draft page, is
/// sent to the latest published version (or to the versions list when nothing is published yet)
/// with <c>?draft=</c> naming the page they wanted (and its <c>?lang=</c>), which those pages turn
/// into a short explanation and a sign-in link. Everyone else gets the usual sign-in redirect or 403.
/// </summary>
public sealed class DraftVisitorRedirect(IOptionsMonitor<CharterAccessOptions> options, VersionStore versions) : IAuthorizationMiddlewareResultHandler
{
    public const string DraftQueryName = "draft";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Challenged || !IsDraftPolicy(policy) || options.CurrentValue.Visitors != VisitorAccess.PublishedVersions)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var wanted = context.Request.GetEncodedPathAndQuery();
        var charter = await versions.FindCharterAsync(context.RequestAborted);
        var latest = charter is null ? null : await versions.FindLatestAsync(charter, context.RequestAborted);
        var target = context.Request.PathBase + (latest is null ? "/versions" : $"/v/{latest.Number}");
        // The language asked of the draft carries over to the version's published translation.
        var query = QueryString.Create(DraftQueryName, wanted);
        if (latest is not null && context.Request.Query.TryGetValue("lang", out var language) && language.Count == 1)
        {
            query = query.Add("lang", language.ToString());
        }

        context.Response.Redirect($"{target}{query}");
    }

    private static bool IsDraftPolicy(AuthorizationPolicy policy) =>
        policy.Requirements.OfType<CharterAccessRequirement>().Any(r => r.Policy == CharterPolicies.DraftReader);
}
