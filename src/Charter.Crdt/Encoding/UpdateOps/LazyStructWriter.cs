namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// Writes blocks into an update encoder client by client (yjs's <c>LazyStructWriter</c>). Each run of
/// one client's blocks is buffered until the client changes, because the struct count comes first.
/// </summary>
internal sealed class LazyStructWriter(IUpdateEncoder encoder, bool preserveRawFields = false)
{
    private readonly List<(long Written, byte[] Bytes)> _clientStructs = [];
    private long _currentClient;
    private long _written;

    public void Write(UpdateBlock block, long offset)
    {
        if (_written > 0 && _currentClient != block.Id.Client)
        {
            Flush();
        }

        if (_written == 0)
        {
            _currentClient = block.Id.Client;
            encoder.WriteClient(block.Id.Client);
            encoder.RestEncoder.WriteVarUint(block.Id.Clock + offset);
        }

        block.Write(encoder, offset, preserveRawFields);
        _written++;
    }

    /// <summary>Puts the buffered runs together: the client count, then each run's struct count and bytes.</summary>
    public void Finish()
    {
        Flush();
        var rest = encoder.RestEncoder;
        rest.WriteVarUint(_clientStructs.Count);
        foreach (var (written, bytes) in _clientStructs)
        {
            rest.WriteVarUint(written);
            rest.WriteUint8Array(bytes);
        }
    }

    private void Flush()
    {
        if (_written > 0)
        {
            _clientStructs.Add((_written, encoder.RestEncoder.ToArray()));
            encoder.RestEncoder.Clear();
            _written = 0;
        }
    }
}
