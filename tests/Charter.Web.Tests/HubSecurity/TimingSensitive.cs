namespace Charter.Web.Tests.HubSecurity;

/// <summary>Test classes that measure time run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(TimingSensitive), DisableParallelization = true)]
public sealed class TimingSensitive;
