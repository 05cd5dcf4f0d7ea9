namespace Charter.Web.Components.Governance;

/// <summary>
/// An action that cannot be undone (closing a ballot early) was posted without its confirmation
/// box ticked. The box is a plain checkbox in the same form, so confirming needs no script and
/// works from the keyboard; the server checks it, the browser's <c>required</c> only helps.
/// </summary>
public sealed class ConfirmationMissingException() : Exception("The action was not confirmed.")
{
    /// <summary>The name and value the confirmation checkbox posts when ticked.</summary>
    public const string FieldName = "confirm";

    public const string FieldValue = "yes";

    public static void ThrowUnlessConfirmed(IFormCollection form)
    {
        if (form[FieldName] != FieldValue)
        {
            throw new ConfirmationMissingException();
        }
    }
}
