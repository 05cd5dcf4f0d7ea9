namespace Charter.Web.Translations;

public static class TranslationServiceCollectionExtensions
{
    /// <summary>Registers what the translation editor's server side needs.</summary>
    public static IServiceCollection AddCharterTranslations(this IServiceCollection services) =>
        services.AddSingleton<TranslationCommands>();
}
