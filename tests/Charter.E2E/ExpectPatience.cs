using System.Runtime.CompilerServices;
using Charter.E2E.Editing;
using Microsoft.Playwright;

namespace Charter.E2E;

/// <summary>
/// Playwright's expectations give up after 5 s by default, which a page on a loaded two-core
/// machine (the server, two browsers and the test at once) can exceed; a test would then fail for
/// timing alone. Every expectation here waits as long as the suite's other waits. An expectation
/// still passes the moment its condition holds, so this changes no passing test's outcome, only
/// how long a failing one takes to say so.
/// </summary>
internal static class ExpectPatience
{
    [ModuleInitializer]
    internal static void Configure() => Assertions.SetDefaultExpectTimeout(EditorPage.Patience);
}
