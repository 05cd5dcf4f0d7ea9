using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Hub;
using Microsoft.Extensions.Options;

namespace Charter.Web.Tests.Collaboration.Hub;

public sealed class ChunkedUploadsTests
{
    private static ChunkedUploads Uploads(int maxBytes = 10, int maxUploads = 2) =>
        new(Options.Create(new CollaborationOptions { MaxChunkedUploadBytes = maxBytes, MaxChunkedUploadsPerConnection = maxUploads }));

    [Fact]
    public void Add_ChunksInOrder_ReturnsWholeFrameAfterLast()
    {
        var uploads = Uploads();

        Assert.Null(uploads.Add("conn", "charter", "u", 0, 3, [1, 2]));
        Assert.Null(uploads.Add("conn", "charter", "u", 1, 3, [3]));
        Assert.Equal([1, 2, 3, 4], uploads.Add("conn", "charter", "u", 2, 3, [4]));
    }

    [Fact]
    public void Add_BeyondSizeLimit_IsRefusedAndUploadDropped()
    {
        var uploads = Uploads(maxBytes: 4);
        uploads.Add("conn", "charter", "u", 0, 3, [1, 2, 3]);

        var error = Assert.Throws<ChunkedUploadException>(() => uploads.Add("conn", "charter", "u", 1, 3, [4, 5]));

        Assert.Contains("exceeds 4 bytes", error.Message);
        Assert.Throws<ChunkedUploadException>(() => uploads.Add("conn", "charter", "u", 2, 3, [6]));
    }

    [Fact]
    public void Add_TooManyConcurrentUploads_IsRefused()
    {
        var uploads = Uploads(maxUploads: 2);
        uploads.Add("conn", "charter", "a", 0, 2, [1]);
        uploads.Add("conn", "charter", "b", 0, 2, [1]);

        var error = Assert.Throws<ChunkedUploadException>(() => uploads.Add("conn", "charter", "c", 0, 2, [1]));

        Assert.Contains("At most 2", error.Message);
        Assert.Null(uploads.Add("other", "charter", "c", 0, 2, [1]));
    }

    [Theory]
    [InlineData("u", -1, 2)]
    [InlineData("u", 2, 2)]
    [InlineData("u", 0, 0)]
    [InlineData("", 0, 2)]
    public void Add_OutOfRangeOrNamelessChunk_IsRefused(string uploadId, int index, int count)
    {
        Assert.Throws<ChunkedUploadException>(() => Uploads().Add("conn", "charter", uploadId, index, count, [1]));
    }

    [Fact]
    public void Add_ChunkForAnotherCharter_DropsUpload()
    {
        var uploads = Uploads();
        uploads.Add("conn", "one", "u", 0, 2, [1]);

        var error = Assert.Throws<ChunkedUploadException>(() => uploads.Add("conn", "two", "u", 1, 2, [2]));

        Assert.Contains("does not continue", error.Message);
    }

    [Fact]
    public void Forget_ClosedConnection_DropsItsUploads()
    {
        var uploads = Uploads();
        uploads.Add("conn", "charter", "u", 0, 2, [1]);

        uploads.Forget("conn");

        Assert.Throws<ChunkedUploadException>(() => uploads.Add("conn", "charter", "u", 1, 2, [2]));
    }
}
