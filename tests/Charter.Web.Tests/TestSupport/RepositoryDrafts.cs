using Charter.Domain.Drafts;
using Charter.Web.Hosting;

namespace Charter.Web.Tests.TestSupport;

/// <summary>The drafts/ folder the app imports by default, loaded the way the app loads it.</summary>
internal static class RepositoryDrafts
{
    public static IReadOnlyList<DraftSet> Load() =>
        DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"));
}
