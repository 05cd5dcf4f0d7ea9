namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>An update taken apart: its blocks in wire order and its delete set (yjs's <c>decodeUpdate</c>).</summary>
public sealed record DecodedUpdate(IReadOnlyList<UpdateBlock> Blocks, UpdateDeleteSet DeleteSet);
