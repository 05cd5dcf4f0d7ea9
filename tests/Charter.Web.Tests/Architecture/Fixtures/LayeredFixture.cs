namespace Charter.Web.Tests.Architecture.Fixtures.Lower
{
    /// <summary>Used by <see cref="Upper.Caller"/> only from inside a lambda's body.</summary>
    internal static class Callee
    {
        public static int Answer() => 42;
    }
}

namespace Charter.Web.Tests.Architecture.Fixtures.Upper
{
    /// <summary>No signature here names the lower folder; only the IL of the closure does.</summary>
    internal static class Caller
    {
        public static Func<int> Later() => () => Lower.Callee.Answer();
    }
}
