namespace Charter.Web.Agenda;

public static class AgendaServiceCollectionExtensions
{
    /// <summary>Each person's agenda, read from the governance tables, so it comes after AddCharterGovernance.</summary>
    public static IServiceCollection AddCharterAgenda(this IServiceCollection services) =>
        services.AddSingleton<AgendaService>();
}
