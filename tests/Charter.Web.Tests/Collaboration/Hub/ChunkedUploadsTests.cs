using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Hub;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Charter.Web.Tests.Collaboration.Hub;

public sealed class ChunkedUploadsTests
{
    private static ChunkedUploads Uploads(int maxBytes = 10, int maxUploads = 2, long perPerson = 1000, TimeProvider? clock = null) =>
        new(
            Options.Create(new CollaborationOptions
            {
                MaxChunkedUploadBytes = maxBytes,
                MaxChunkedUploadsPerConnection = maxUploads,
                MaxChunkedUploadBytesPerPerson = perPerson,
                ChunkedUploadTimeout = TimeSpan.FromMinutes(2),
            }),
            clock ?? new FakeTimeProvider());

    [Fact]
    public void Add_OnePersonOverTheirLimitAcrossConnections_IsRefusedAndOthersCarryOn()
    {
        using var uploads = Uploads(maxBytes: 10, maxUploads: 4, perPerson: 12);
        uploads.Add("conn1", "mallory", "charter", "a", 0, 3, [1, 2, 3, 4, 5, 6]);
        uploads.Add("conn2", "mallory", "charter", "b", 0, 3, [1, 2, 3, 4, 5]);

        var error = Assert.Throws<ChunkedUploadException>(() => uploads.Add("conn2", "mallory", "charter", "c", 0, 3, [1, 2]));

        Assert.Contains("more than 12 bytes", error.Message);
        Assert.Equal(11, uploads.HeldBytes);
        Assert.Null(uploads.Add("conn3", "alice", "charter", "a", 0, 2, [1, 2, 3, 4, 5, 6]));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], uploads.Add("conn3", "alice", "charter", "a", 1, 2, [7]));
    }

    [Fact]
    public void AbandonedUpload_AfterTheTimeout_IsDroppedAndItsBytesFreed()
    {
        var clock = new FakeTimeProvider();
        using var uploads = Uploads(maxBytes: 10, perPerson: 8, clock: clock);
        uploads.Add("conn", "mallory", "charter", "a", 0, 3, [1, 2, 3, 4, 5, 6]);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(6, uploads.HeldBytes);
        clock.Advance(TimeSpan.FromMinutes(1.5));

        Assert.Equal(0, uploads.HeldBytes);
        Assert.Throws<ChunkedUploadException>(() => uploads.Add("conn", "mallory", "charter", "a", 1, 3, [7]));
        Assert.Null(uploads.Add("conn", "mallory", "charter", "b", 0, 2, [1, 2, 3, 4, 5, 6, 7, 8]));
    }

    [Fact]
    public void Forget_ClosedConnection_FreesItsBytes()
    {
        using var uploads = Uploads();
        uploads.Add("conn", "mallory", "charter", "a", 0, 3, [1, 2, 3]);

        uploads.Forget("conn");

        Assert.Equal(0, uploads.HeldBytes);
    }

    [Fact]
    public void Add_ChunksInOrder_ReturnsWholeFrameAfterLast()
    {
        var uploads = Uploads();

        Assert.Null(uploads.Add("conn", "person", "charter", "u", 0, 3, [1, 2]));
        Assert.Null(uploads.Add("conn", "person", "charter", "u", 1, 3, [3]));
        Assert.Equal([1, 2, 3, 4], uploads.Add("conn", "person", "charter", "u", 2, 3, [4]));
    }

    [Fact]
    public void Add_BeyondSizeLimit_IsRefusedAndUploadDropped()
    {
        var uploads = Uploads(maxBytes: 4);
        uploads.Add("conn", "person", "charter", "u", 0, 3, [1, 2, 3]);

        var error = Assert.Throws<ChunkedUploadException>(() => uploads.Add("conn", "person", "charter", "u", 1, 3, [4, 5]));

        Assert.Contains("exceeds 4 bytes", error.Message);
        Assert.Throws<ChunkedUploadException>(() => uploads.Add("conn", "person", "charter", "u", 2, 3, [6]));
    }

    [Fact]
    public void Add_TooManyConcurrentUploads_IsRefused()
    {
        var uploads = Uploads(maxUploads: 2);
        uploads.Add("conn", "person", "charter", "a", 0, 2, [1]);
        uploads.Add("conn", "person", "charter", "b", 0, 2, [1]);

        var error = Assert.Throws<ChunkedUploadException>(() => uploads.Add("conn", "person", "charter", "c", 0, 2, [1]));

        Assert.Contains("At most 2", error.Message);
        Assert.Null(uploads.Add("other", "person", "charter", "c", 0, 2, [1]));
    }

    [Theory]
    [InlineData("u", -1, 2)]
    [InlineData("u", 2, 2)]
    [InlineData("u", 0, 0)]
    [InlineData("", 0, 2)]
    public void Add_OutOfRangeOrNamelessChunk_IsRefused(string uploadId, int index, int count)
    {
        Assert.Throws<ChunkedUploadException>(() => Uploads().Add("conn", "person", "charter", uploadId, index, count, [1]));
    }

    [Fact]
    public void Add_ChunkForAnotherCharter_DropsUpload()
    {
        var uploads = Uploads();
        uploads.Add("conn", "person", "one", "u", 0, 2, [1]);

        var error = Assert.Throws<ChunkedUploadException>(() => uploads.Add("conn", "person", "two", "u", 1, 2, [2]));

        Assert.Contains("does not continue", error.Message);
    }

    [Fact]
    public void Forget_ClosedConnection_DropsItsUploads()
    {
        var uploads = Uploads();
        uploads.Add("conn", "person", "charter", "u", 0, 2, [1]);

        uploads.Forget("conn");

        Assert.Throws<ChunkedUploadException>(() => uploads.Add("conn", "person", "charter", "u", 1, 2, [2]));
    }
}
