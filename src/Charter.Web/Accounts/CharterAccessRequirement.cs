using Microsoft.AspNetCore.Authorization;

namespace Charter.Web.Accounts;

/// <summary>A policy's question about the current person, answered by <see cref="CharterAccessHandler"/>.</summary>
public sealed class CharterAccessRequirement(string policy, Func<PersonStanding?, CharterAccessOptions, bool> allows) : IAuthorizationRequirement
{
    public string Policy { get; } = policy;

    public bool Allows(PersonStanding? standing, CharterAccessOptions options) => allows(standing, options);
}
