using Microsoft.Extensions.Options;

namespace Charter.Web.Mail;

/// <summary>Stops the start with the one thing wrong in <c>Charter:Mail:Smtp</c>, rather than failing the first mail.</summary>
public sealed class SmtpOptionsValidation : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
