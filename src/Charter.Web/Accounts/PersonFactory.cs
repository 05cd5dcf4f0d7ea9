using Microsoft.AspNetCore.Identity;

namespace Charter.Web.Accounts;

/// <summary>Creates people through Identity's <see cref="UserManager{TUser}"/>, with Charter's checks first.</summary>
public sealed class PersonFactory(UserManager<Person> users, TimeProvider time)
{
    public const int MaxDisplayNameLength = 100;

    /// <summary>Creates the person or throws <see cref="AccountException"/> saying what Identity refused.</summary>
    public async Task<Person> CreateAsync(PersonSignUp signUp, CharterRole role)
    {
        var displayName = signUp.DisplayName.Trim();
        if (displayName.Length is 0 or > MaxDisplayNameLength)
        {
            throw new AccountException("DisplayNameLength", $"A display name needs 1 to {MaxDisplayNameLength} characters.");
        }

        var person = new Person
        {
            UserName = signUp.Email.Trim(),
            Email = signUp.Email.Trim(),
            DisplayName = displayName,
            PreferredLanguage = PersonLanguages.Validate(signUp.PreferredLanguage),
            PresenceColour = PresenceColours.Pick(),
            Role = role,
            JoinedAt = time.GetUtcNow(),
        };
        var result = await users.CreateAsync(person, signUp.Password);
        return result.Succeeded ? person : throw FromIdentity(result);
    }

    /// <summary>Identity's first error as an <see cref="AccountException"/> with code <c>Identity.{code}</c>.</summary>
    public static AccountException FromIdentity(IdentityResult result) =>
        new($"Identity.{result.Errors.First().Code}", string.Join(" ", result.Errors.Select(e => e.Description)));
}
