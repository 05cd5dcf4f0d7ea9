using Microsoft.Extensions.Options;

namespace Charter.Web.Collaboration.Hub;

/// <summary>
/// Reassembles frames larger than the hub's message limit from <c>UpdateChunk</c> calls. Chunks
/// of one upload arrive in order (index 0 … count-1, from one connection). Bounded: the size of one
/// upload (<see cref="CollaborationOptions.MaxChunkedUploadBytes"/>), the uploads in flight per
/// connection, and the bytes one person holds in unfinished uploads over all their connections
/// (<see cref="CollaborationOptions.MaxChunkedUploadBytesPerPerson"/>). An upload that receives no
/// chunk for <see cref="CollaborationOptions.ChunkedUploadTimeout"/> is dropped and its bytes freed,
/// and a connection's uploads die with it.
/// </summary>
public sealed class ChunkedUploads : IDisposable
{
    public const int MaxUploadIdLength = 64;

    private readonly IOptions<CollaborationOptions> _options;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<string, Upload>> _byConnection = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _bytesByPerson = new(StringComparer.Ordinal);
    private readonly ITimer _sweeper;

    public ChunkedUploads(IOptions<CollaborationOptions> options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        var every = options.Value.ChunkedUploadTimeout / 4;
        _sweeper = clock.CreateTimer(_ => DropAbandoned(), null, every, every);
    }

    /// <summary>Bytes held in unfinished uploads, over everyone.</summary>
    public long HeldBytes
    {
        get
        {
            lock (_gate)
            {
                return _bytesByPerson.Values.Sum();
            }
        }
    }

    /// <summary>Adds a chunk.</summary>
    /// <param name="person">Who sends it (the hub's user identifier); null counts as one anonymous person.</param>
    /// <returns>The whole frame after its last chunk; null before.</returns>
    /// <exception cref="ChunkedUploadException">The chunk does not continue its upload, or a limit is exceeded.</exception>
    public byte[]? Add(string connectionId, string? person, string charter, string uploadId, int index, int count, byte[] chunk)
    {
        var limits = _options.Value;
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

        person ??= "";
        lock (_gate)
        {
            DropAbandonedLocked();
            if (!_byConnection.TryGetValue(connectionId, out var uploads))
            {
                _byConnection[connectionId] = uploads = new Dictionary<string, Upload>(StringComparer.Ordinal);
            }

            if (index == 0)
            {
                RemoveLocked(uploads, uploadId);
                if (uploads.Count >= limits.MaxChunkedUploadsPerConnection)
                {
                    throw new ChunkedUploadException(
                        $"At most {limits.MaxChunkedUploadsPerConnection} chunked uploads may be in flight per connection.");
                }

                uploads[uploadId] = new Upload(person, charter, count);
            }

            if (!uploads.TryGetValue(uploadId, out var upload))
            {
                throw new ChunkedUploadException($"Upload '{uploadId}' was not started with chunk 0, or has already failed or timed out.");
            }

            if (upload.Charter != charter || upload.Count != count || upload.NextIndex != index)
            {
                RemoveLocked(uploads, uploadId);
                throw new ChunkedUploadException(
                    $"Chunk {index} of {count} for '{charter}' does not continue upload '{uploadId}' (expected chunk {upload.NextIndex} of {upload.Count} for '{upload.Charter}'); the upload is dropped.");
            }

            if (upload.Bytes.Length + chunk.Length > limits.MaxChunkedUploadBytes)
            {
                RemoveLocked(uploads, uploadId);
                throw new ChunkedUploadException(
                    $"Upload '{uploadId}' exceeds {limits.MaxChunkedUploadBytes} bytes; the upload is dropped.");
            }

            var held = _bytesByPerson.GetValueOrDefault(person);
            if (held + chunk.Length > limits.MaxChunkedUploadBytesPerPerson)
            {
                RemoveLocked(uploads, uploadId);
                throw new ChunkedUploadException(
                    $"Your unfinished uploads would hold more than {limits.MaxChunkedUploadBytesPerPerson} bytes; upload '{uploadId}' is dropped. Finish or abandon the others first.");
            }

            upload.Bytes.Write(chunk);
            upload.LastChunkAt = _clock.GetUtcNow();
            _bytesByPerson[person] = held + chunk.Length;
            upload.NextIndex++;
            if (upload.NextIndex < count)
            {
                return null;
            }

            RemoveLocked(uploads, uploadId);
            return upload.Bytes.ToArray();
        }
    }

    /// <summary>Drops whatever a closed connection was uploading.</summary>
    public void Forget(string connectionId)
    {
        lock (_gate)
        {
            if (_byConnection.Remove(connectionId, out var uploads))
            {
                foreach (var id in uploads.Keys.ToList())
                {
                    RemoveLocked(uploads, id);
                }
            }
        }
    }

    /// <summary>Drops every upload that has received no chunk for the timeout.</summary>
    public void DropAbandoned()
    {
        lock (_gate)
        {
            DropAbandonedLocked();
        }
    }

    public void Dispose() => _sweeper.Dispose();

    private void DropAbandonedLocked()
    {
        var before = _clock.GetUtcNow() - _options.Value.ChunkedUploadTimeout;
        foreach (var (connection, uploads) in _byConnection.ToList())
        {
            foreach (var (id, upload) in uploads.ToList())
            {
                if (upload.LastChunkAt <= before)
                {
                    RemoveLocked(uploads, id);
                }
            }

            if (uploads.Count == 0)
            {
                _byConnection.Remove(connection);
            }
        }
    }

    private void RemoveLocked(Dictionary<string, Upload> uploads, string uploadId)
    {
        if (!uploads.Remove(uploadId, out var upload))
        {
            return;
        }

        var left = _bytesByPerson.GetValueOrDefault(upload.Person) - upload.Bytes.Length;
        if (left > 0)
        {
            _bytesByPerson[upload.Person] = left;
        }
        else
        {
            _bytesByPerson.Remove(upload.Person);
        }
    }

    private sealed class Upload(string person, string charter, int count)
    {
        public string Person { get; } = person;

        public string Charter { get; } = charter;

        public int Count { get; } = count;

        public int NextIndex { get; set; }

        public DateTimeOffset LastChunkAt { get; set; } = DateTimeOffset.MinValue;

        public MemoryStream Bytes { get; } = new();
    }
}
