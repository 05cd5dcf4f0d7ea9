using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Charter.Web.Accounts;

/// <summary>Answers every <see cref="CharterAccessRequirement"/> from the person's current standing.</summary>
public sealed class CharterAccessHandler(PeopleRoster roster, IOptionsMonitor<CharterAccessOptions> options)
    : AuthorizationHandler<CharterAccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CharterAccessRequirement requirement)
    {
        var standing = await roster.FindAsync(context.User);
        if (requirement.Allows(standing, options.CurrentValue))
        {
            context.Succeed(requirement);
        }
    }
}
