namespace Charter.Domain.Drafts;

/// <summary>
/// A draft's Markdown does not follow the drafts format. The message reads "file:line: problem",
/// the form editors and compilers use, so a person can jump straight to the spot.
/// </summary>
public sealed class DraftFormatException : FormatException
{
    public DraftFormatException(string fileName, int line, string problem)
        : base($"{fileName}:{line}: {problem}")
    {
        FileName = fileName;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file name the caller gave when importing.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line where the problem is.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the file and line prefix.</summary>
    public string Problem { get; }
}
