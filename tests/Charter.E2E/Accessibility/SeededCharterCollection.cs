namespace Charter.E2E.Accessibility;

/// <summary>The test classes that share one <see cref="SeededCharter"/>: seeding it takes a server and a few minutes.</summary>
[CollectionDefinition(Name)]
public sealed class SeededCharterCollection : ICollectionFixture<SeededCharter>
{
    public const string Name = "Seeded charter";
}
