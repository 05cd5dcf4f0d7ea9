using Charter.Domain.Diffs;

namespace Charter.Domain.Tests.Diffs;

public sealed class TextEditTests
{
    [Theory]
    [InlineData(0, 5, "x", 3, 4, "", true)]
    [InlineData(0, 5, "", 5, 3, "", false)]
    [InlineData(0, 5, "x", 5, 3, "", true)]
    [InlineData(0, 5, "", 5, 0, "y", true)]
    [InlineData(4, 0, "x", 4, 0, "y", true)]
    [InlineData(0, 3, "x", 4, 2, "y", false)]
    [InlineData(2, 0, "x", 0, 5, "", true)]
    public void Overlaps_EditPairs_TouchOnlyWhereOrderOrTextIsShared(
        int start, int length, string inserted, int otherStart, int otherLength, string otherInserted, bool expected)
    {
        var edit = new TextEdit(start, length, inserted);
        var other = new TextEdit(otherStart, otherLength, otherInserted);

        Assert.Equal(expected, edit.Overlaps(other));
        Assert.Equal(expected, other.Overlaps(edit));
    }
}
