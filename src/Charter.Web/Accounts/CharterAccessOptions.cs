namespace Charter.Web.Accounts;

/// <summary>Who may read, from configuration section <c>Charter</c>.</summary>
public sealed class CharterAccessOptions
{
    public const string SectionName = "Charter";

    /// <summary>
    /// When true (the default) visitors who are not signed in can read; when false only signed-in
    /// people can.
    /// </summary>
    public bool PublicReading { get; set; } = true;
}
