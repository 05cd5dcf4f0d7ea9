using Microsoft.Extensions.Options;

namespace Charter.Web.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Optional mail for the links stewards issue, through the SMTP server in <c>Charter:Mail:Smtp</c>.
    /// Unconfigured, nothing is sent and the people page offers no mail.
    /// </summary>
    public static IServiceCollection AddCharterMail(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidation>();
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<LinkMails>();
        return services;
    }
}
