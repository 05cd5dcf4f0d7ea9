using Charter.Crdt;
using Charter.Crdt.Encoding.UpdateOps;
using StringContent = Charter.Crdt.Encoding.UpdateOps.StringContent;

namespace Charter.Domain.Documents.Shape;

/// <summary>What each kind of position in <see cref="CharterShape"/> may hold.</summary>
internal static class ShapeRules
{
    private const int YArrayRef = 0;
    private const int YMapRef = 1;
    private const int YTextRef = 2;

    /// <summary>Why <paramref name="content"/> may not be added to <paramref name="parent"/> under <paramref name="key"/>, or null.</summary>
    public static string? ProblemAt(ShapeNode parent, string? key, BlockContent content, Id id)
    {
        if (content is DeletedContent)
        {
            return null;
        }

        switch (parent.Kind)
        {
            case ShapeKind.Map:
                if (key is null)
                {
                    return $"Item {ShapePlace.Name(id)} is added to {parent.Path} without a key.";
                }

                return parent.ChildAt(key) is { } slot
                    ? ProblemHolding(slot, content, id)
                    : $"Item {ShapePlace.Name(id)}: '{ShapePlace.Shorten(key)}' is not a field of {parent.Path}"
                        + (parent.AnyKey is not null ? $" (ids are 1 to {CharterShape.MaxIdLength} characters)." : ".");
            case ShapeKind.Text:
                return key is null && content is StringContent
                    ? null
                    : $"Item {ShapePlace.Name(id)}: {parent.Path} holds plain text only.";
            case ShapeKind.Array:
                return key is null && parent.Element is { } element
                    ? ProblemHolding(element, content, id)
                    : $"Item {ShapePlace.Name(id)}: {parent.Path} takes no keys.";
            default:
                return $"Item {ShapePlace.Name(id)}: {parent.Path} is a value and holds nothing.";
        }
    }

    private static string? ProblemHolding(ShapeNode slot, BlockContent content, Id id)
    {
        var fits = slot.Kind switch
        {
            ShapeKind.Map => content is TypeContent { TypeRef: YMapRef },
            ShapeKind.Text => content is TypeContent { TypeRef: YTextRef },
            ShapeKind.Array => content is TypeContent { TypeRef: YArrayRef },
            _ => content is AnyContent any && any.Values.Count > 0 && any.Values.All(value =>
                value is string text && text.Length <= (slot.Path.EndsWith("<id>", StringComparison.Ordinal) ? CharterShape.MaxIdLength : CharterShape.MaxValueLength)),
        };
        return fits
            ? null
            : $"Item {ShapePlace.Name(id)}: {slot.Path} holds {Describe(slot)}.";
    }

    private static string Describe(ShapeNode slot) => slot.Kind switch
    {
        ShapeKind.Map => "a map",
        ShapeKind.Text => "a text",
        ShapeKind.Array => "an array",
        _ when slot.Path.EndsWith("<id>", StringComparison.Ordinal) => $"ids of at most {CharterShape.MaxIdLength} characters",
        _ => $"a string of at most {CharterShape.MaxValueLength} characters",
    };
}
