using System.Runtime.CompilerServices;
using Bunit;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// bUnit's WaitFor* calls give up after one second by default, which a component reading the real
/// database can exceed on a loaded two-core machine: a wait would then fail for timing alone. A wait
/// still ends as soon as its condition holds, so the longer bound changes no passing test's
/// outcome; and the thread pool starts large enough that the renderer's dispatcher is never
/// starved by tests blocking in parallel.
/// </summary>
internal static class BunitWaits
{
    [ModuleInitializer]
    internal static void Configure()
    {
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(30);
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 8), io);
    }
}
