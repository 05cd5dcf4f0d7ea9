using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Charter.Web.Collaboration.Hub;

/// <summary>
/// Reassembles frames larger than the hub's message limit from <c>UpdateChunk</c> calls. Chunks
/// of one upload arrive in order (index 0 … count-1, from one connection); the assembled size and
/// the uploads in flight per connection are bounded, and a connection's uploads die with it.
/// </summary>
public sealed class ChunkedUploads(IOptions<CollaborationOptions> options)
{
    public const int MaxUploadIdLength = 64;

    private readonly ConcurrentDictionary<string, Dictionary<string, Upload>> _byConnection = new(StringComparer.Ordinal);

    /// <summary>Adds a chunk.</summary>
    /// <returns>The whole frame after its last chunk; null before.</returns>
    /// <exception cref="ChunkedUploadException">The chunk does not continue its upload, or a limit is exceeded.</exception>
    public byte[]? Add(string connectionId, string charter, string uploadId, int index, int count, byte[] chunk)
    {
        var limits = options.Value;
        if (string.IsNullOrEmpty(uploadId) || uploadId.Length > MaxUploadIdLength)
        {
            throw new ChunkedUploadException($"An upload id is 1 to {MaxUploadIdLength} characters long.");
        }

        if (count < 1 || index < 0 || index >= count)
        {
            throw new ChunkedUploadException($"Chunk {index} of {count} is out of range; chunks are numbered 0 to count-1.");
        }

        if (chunk.Length == 0)
        {
            throw new ChunkedUploadException("A chunk holds at least one byte.");
        }

        var uploads = _byConnection.GetOrAdd(connectionId, static _ => new Dictionary<string, Upload>(StringComparer.Ordinal));
        lock (uploads)
        {
            if (index == 0)
            {
                uploads.Remove(uploadId);
                if (uploads.Count >= limits.MaxChunkedUploadsPerConnection)
                {
                    throw new ChunkedUploadException(
                        $"At most {limits.MaxChunkedUploadsPerConnection} chunked uploads may be in flight per connection.");
                }

                uploads[uploadId] = new Upload(charter, count);
            }

            if (!uploads.TryGetValue(uploadId, out var upload))
            {
                throw new ChunkedUploadException($"Upload '{uploadId}' was not started with chunk 0, or has already failed.");
            }

            if (upload.Charter != charter || upload.Count != count || upload.NextIndex != index)
            {
                uploads.Remove(uploadId);
                throw new ChunkedUploadException(
                    $"Chunk {index} of {count} for '{charter}' does not continue upload '{uploadId}' (expected chunk {upload.NextIndex} of {upload.Count} for '{upload.Charter}'); the upload is dropped.");
            }

            if (upload.Bytes.Length + chunk.Length > limits.MaxChunkedUploadBytes)
            {
                uploads.Remove(uploadId);
                throw new ChunkedUploadException(
                    $"Upload '{uploadId}' exceeds {limits.MaxChunkedUploadBytes} bytes; the upload is dropped.");
            }

            upload.Bytes.Write(chunk);
            upload.NextIndex++;
            if (upload.NextIndex < count)
            {
                return null;
            }

            uploads.Remove(uploadId);
            return upload.Bytes.ToArray();
        }
    }

    /// <summary>Drops whatever a closed connection was uploading.</summary>
    public void Forget(string connectionId) => _byConnection.TryRemove(connectionId, out _);

    private sealed class Upload(string charter, int count)
    {
        public string Charter { get; } = charter;

        public int Count { get; } = count;

        public int NextIndex { get; set; }

        public MemoryStream Bytes { get; } = new();
    }
}
