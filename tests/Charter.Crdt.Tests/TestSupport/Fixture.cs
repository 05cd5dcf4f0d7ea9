using System.Text.Json;

namespace Charter.Crdt.Tests.TestSupport;

/// <summary>Loads the golden fixtures that js/fixtures/*.mjs generated with the real lib0/yjs/y-protocols.</summary>
internal static class Fixture
{
    private static readonly Dictionary<string, JsonElement> Cache = [];

    public static JsonElement Load(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var root))
            {
                var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json");
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                root = document.RootElement.Clone();
                Cache[name] = root;
            }

            return root;
        }
    }

    public static byte[] Hex(this JsonElement element) => Convert.FromHexString(element.GetString()!);

    public static byte[] Base64(this JsonElement element) => Convert.FromBase64String(element.GetString()!);

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
