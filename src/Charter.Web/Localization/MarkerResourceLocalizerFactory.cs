using System.Reflection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Charter.Web.Localization;

/// <summary>
/// Finds the resx of a marker class in this folder by the class name alone: <c>LayoutText</c> reads
/// <c>Resources/LayoutText*.resx</c>. The default factory would look for
/// <c>Resources/Localization/LayoutText*.resx</c>, mirroring the marker's namespace, but every UI
/// area keeps its resx side by side in <c>Resources/</c> so a new area is one marker and four files.
/// </summary>
public sealed class MarkerResourceLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggerFactory)
    : ResourceManagerStringLocalizerFactory(options, loggerFactory)
{
    public const string ResourcesFolder = "Resources";

    protected override string GetResourcePrefix(TypeInfo typeInfo)
    {
        if (typeInfo.Namespace != typeof(LayoutText).Namespace)
        {
            return base.GetResourcePrefix(typeInfo);
        }

        return $"{typeInfo.Assembly.GetName().Name}.{ResourcesFolder}.{typeInfo.Name}";
    }
}
