using Charter.Web.Governance;
using Microsoft.Extensions.Options;

namespace Charter.Web.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Optional mail, through the SMTP server in <c>Charter:Mail:Smtp</c>: the links stewards issue,
    /// and notifications when <c>Charter:Mail:PublicUrl</c> is set too. Unconfigured, nothing is
    /// sent, the people page offers no mail and the profile no notification mail.
    /// </summary>
    public static IServiceCollection AddCharterMail(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidation>();
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<LinkMails>();
        services.AddOptions<NotificationMailOptions>().BindConfiguration(NotificationMailOptions.SectionName);
        services.AddSingleton<NotificationMailStopLinks>();
        services.AddSingleton<NotificationMails>();
        services.AddSingleton<NotificationMailQueue>();
        services.AddSingleton<INotificationOutbox>(provider => provider.GetRequiredService<NotificationMailQueue>());
        services.AddHostedService<NotificationMailDelivery>();
        return services;
    }
}
