using System.Diagnostics;

namespace Charter.Crdt.Tests.TestSupport;

/// <summary>
/// The committed fixtures must be exactly what the committed generators produce with the pinned npm
/// packages: each generator runs again into a temporary folder and every file it writes is compared.
/// </summary>
public sealed class FixtureFreshnessTests
{
    /// <summary>Generators that read another's output run after it; the rest follow in name order.</summary>
    private static readonly string[] FirstGenerators = ["lib0-primitives.mjs", "yjs-updates.mjs", "yjs-update-ops.mjs"];

    [Fact]
    public void Generators_RunAgain_ReproduceTheCommittedFixtures()
    {
        var projectDirectory = TestProject.Directory;
        var generatorDirectory = Path.Combine(projectDirectory, "js", "fixtures");
        var generators = FirstGenerators
            .Concat(Directory.GetFiles(generatorDirectory, "*.mjs").Select(Path.GetFileName).Order(StringComparer.Ordinal)!)
            .Where(name => name != "typed.mjs")
            .Distinct()
            .ToList();
        var output = Directory.CreateTempSubdirectory("charter-fixtures-");
        try
        {
            foreach (var generator in generators)
            {
                RunNode(Path.Combine(generatorDirectory, generator!), output.FullName);
            }

            var regenerated = output.GetFiles("*.json");
            Assert.NotEmpty(regenerated);
            foreach (var file in regenerated)
            {
                var committed = Path.Combine(projectDirectory, "Fixtures", file.Name);
                Assert.True(File.Exists(committed), $"{file.Name} is generated but not committed");
                Assert.True(
                    File.ReadAllText(committed) == File.ReadAllText(file.FullName),
                    $"Fixtures/{file.Name} differs from what its generator produces now; run 'npm run fixtures' in js/");
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static void RunNode(string script, string outputDirectory)
    {
        var start = new ProcessStartInfo("node", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(script)!,
        };
        start.Environment["CHARTER_FIXTURES_DIR"] = outputDirectory;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(script)} failed: {errors.Result}");
    }
}
