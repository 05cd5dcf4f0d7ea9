using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace Charter.Crdt.Lib0;

/// <summary>
/// A bounds-checked reader for lib0's <c>decoding.js</c> (0.2.120) formats over an array segment.
/// Every read checks the bytes that remain and every length prefix is compared with them before
/// anything is allocated, so hostile input ends in <see cref="MalformedUpdateException"/>.
/// </summary>
public sealed class Lib0Decoder
{
    /// <summary>JavaScript's <c>Number.MAX_SAFE_INTEGER</c>; lib0 refuses var ints beyond it.</summary>
    public const long MaxSafeInteger = 9007199254740991;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _array;
    private readonly int _start;
    private readonly int _end;
    private int _position;

    public Lib0Decoder(byte[] bytes)
        : this(bytes, 0, bytes?.Length ?? 0)
    {
    }

    public Lib0Decoder(ReadOnlyMemory<byte> bytes)
    {
        if (!MemoryMarshal.TryGetArray(bytes, out var segment))
        {
            segment = new ArraySegment<byte>(bytes.ToArray());
        }

        _array = segment.Array!;
        _start = segment.Offset;
        _end = segment.Offset + segment.Count;
        _position = _start;
    }

    public Lib0Decoder(byte[] bytes, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, bytes.Length - count);
        _array = bytes;
        _start = offset;
        _end = offset + count;
        _position = offset;
    }

    /// <summary>Offset of the next byte to read, relative to the start of this decoder's bytes.</summary>
    public int Position => _position - _start;

    public int Remaining => _end - _position;

    /// <summary>lib0's <c>hasContent</c>.</summary>
    public bool HasContent => _position < _end;

    public byte ReadUint8()
    {
        if (_position >= _end)
        {
            throw Truncated(1);
        }

        return _array[_position++];
    }

    public byte PeekUint8()
    {
        if (_position >= _end)
        {
            throw Truncated(1);
        }

        return _array[_position];
    }

    /// <summary>Little-endian, as lib0's <c>readUint16</c>.</summary>
    public ushort ReadUint16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

    /// <summary>Little-endian, as lib0's <c>readUint32</c>.</summary>
    public uint ReadUint32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    public uint ReadUint32BigEndian() => BinaryPrimitives.ReadUInt32BigEndian(Take(4));

    public long ReadVarUint()
    {
        var start = _position;
        long value = 0;
        var shift = 0;
        while (_position < _end)
        {
            var b = _array[_position++];
            if ((b & 0x7F) > MaxSevenBitsAt(shift))
            {
                throw new MalformedUpdateException("Var uint exceeds 2^53 - 1", start - _start);
            }

            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }

        throw new MalformedUpdateException("Unexpected end of data inside a var uint", start - _start);
    }

    /// <summary>A var uint that must fit an <see cref="int"/> (lengths, counts, tags).</summary>
    public int ReadVarUintAsInt32()
    {
        var start = Position;
        var value = ReadVarUint();
        if (value > int.MaxValue)
        {
            throw new MalformedUpdateException($"Var uint {value} is too large here", start);
        }

        return (int)value;
    }

    public long ReadVarInt() => ReadVarInt(out _);

    /// <summary>
    /// Reads lib0's signed var int. <paramref name="isNegative"/> reports the sign bit itself, so it is
    /// also true for <c>-0</c>, which lib0's RLE decoders use as a flag.
    /// </summary>
    public long ReadVarInt(out bool isNegative)
    {
        var start = _position;
        if (_position >= _end)
        {
            throw Truncated(1);
        }

        var b = _array[_position++];
        long value = b & 0x3F;
        isNegative = (b & 0x40) != 0;
        var shift = 6;
        while (b >= 0x80)
        {
            if (_position >= _end)
            {
                throw new MalformedUpdateException("Unexpected end of data inside a var int", start - _start);
            }

            b = _array[_position++];
            if ((b & 0x7F) > MaxSevenBitsAt(shift))
            {
                throw new MalformedUpdateException("Var int magnitude exceeds 2^53 - 1", start - _start);
            }

            value |= (long)(b & 0x7F) << shift;
            shift += 7;
        }

        return isNegative ? -value : value;
    }

    /// <summary>A var uint length prefix followed by that many UTF-8 bytes, decoded strictly (as lib0's fatal <c>TextDecoder</c>).</summary>
    public string ReadVarString()
    {
        var start = Position;
        var bytes = ReadVarUint8ArraySpan();
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new MalformedUpdateException($"Invalid UTF-8 in the string at byte offset {start}", e);
        }
    }

    /// <summary>A length-prefixed byte array, copied out of the input.</summary>
    public byte[] ReadVarUint8Array() => ReadVarUint8ArraySpan().ToArray();

    /// <summary>A length-prefixed byte array as a view on the input, without copying.</summary>
    public ReadOnlyMemory<byte> ReadVarUint8ArrayMemory()
    {
        var length = ReadLength();
        var memory = new ReadOnlyMemory<byte>(_array, _position, length);
        _position += length;
        return memory;
    }

    /// <summary><paramref name="count"/> raw bytes as a view on the input.</summary>
    public ReadOnlyMemory<byte> ReadUint8ArrayMemory(int count)
    {
        Take(count);
        return new ReadOnlyMemory<byte>(_array, _position - count, count);
    }

    /// <summary>Everything not read yet, as a view on the input (lib0's <c>readTailAsUint8Array</c>).</summary>
    public ReadOnlyMemory<byte> ReadTail() => ReadUint8ArrayMemory(Remaining);

    public float ReadFloat32() => BinaryPrimitives.ReadSingleBigEndian(Take(4));

    public double ReadFloat64() => BinaryPrimitives.ReadDoubleBigEndian(Take(8));

    public BigInteger ReadBigInt64() => new(BinaryPrimitives.ReadInt64BigEndian(Take(8)));

    /// <summary>
    /// lib0's <c>readAny</c>. Integers come back as <see cref="long"/> (the var int <c>-0</c> as the double
    /// <c>-0.0</c>, so it re-encodes identically), float32/float64 as <see cref="double"/>, bigints as
    /// <see cref="BigInteger"/>, objects as <c>Dictionary&lt;string, object?&gt;</c>, arrays as
    /// <c>List&lt;object?&gt;</c>, binary as <c>byte[]</c>, undefined as <see cref="Undefined.Value"/>.
    /// </summary>
    public object? ReadAny() => ReadAny(0);

    private object? ReadAny(int depth)
    {
        var tagOffset = Position;
        if (depth > Lib0Encoder.MaxAnyDepth)
        {
            throw new MalformedUpdateException($"Any value nests deeper than {Lib0Encoder.MaxAnyDepth} levels", tagOffset);
        }

        var tag = ReadUint8();
        switch (tag)
        {
            case AnyTag.Undefined:
                return Undefined.Value;
            case AnyTag.Null:
                return null;
            case AnyTag.Integer:
                var integer = ReadVarInt(out var negative);
                return integer == 0 && negative ? -0.0 : (object)integer;
            case AnyTag.Float32:
                return (double)ReadFloat32();
            case AnyTag.Float64:
                return ReadFloat64();
            case AnyTag.BigInt:
                return ReadBigInt64();
            case AnyTag.False:
                return false;
            case AnyTag.True:
                return true;
            case AnyTag.String:
                return ReadVarString();
            case AnyTag.Object:
                {
                    // Each entry takes at least two bytes (empty key, one tag), which bounds the count.
                    var count = ReadCount(minimumBytesEach: 2);
                    var map = new Dictionary<string, object?>(count);
                    for (var i = 0; i < count; i++)
                    {
                        var key = ReadVarString();
                        map[key] = ReadAny(depth + 1);
                    }

                    return map;
                }

            case AnyTag.Array:
                {
                    var count = ReadCount(minimumBytesEach: 1);
                    var list = new List<object?>(count);
                    for (var i = 0; i < count; i++)
                    {
                        list.Add(ReadAny(depth + 1));
                    }

                    return list;
                }

            case AnyTag.Uint8Array:
                return ReadVarUint8Array();
            default:
                throw new MalformedUpdateException($"Unknown Any type tag {tag}", tagOffset);
        }
    }

    /// <summary>Reads a count of items that each occupy at least <paramref name="minimumBytesEach"/> bytes of what remains.</summary>
    public int ReadCount(int minimumBytesEach)
    {
        var start = Position;
        var count = ReadVarUint();
        if (count > Remaining / Math.Max(minimumBytesEach, 1))
        {
            throw new MalformedUpdateException(
                $"Count {count} cannot fit in the {Remaining} bytes that remain", start);
        }

        return (int)count;
    }

    private ReadOnlySpan<byte> ReadVarUint8ArraySpan()
    {
        var length = ReadLength();
        var span = new ReadOnlySpan<byte>(_array, _position, length);
        _position += length;
        return span;
    }

    private int ReadLength()
    {
        var start = Position;
        var length = ReadVarUint();
        if (length > Remaining)
        {
            throw new MalformedUpdateException(
                $"Length prefix {length} exceeds the {Remaining} bytes that remain", start);
        }

        return (int)length;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (_end - _position < count)
        {
            throw Truncated(count);
        }

        var span = new ReadOnlySpan<byte>(_array, _position, count);
        _position += count;
        return span;
    }

    /// <summary>The largest seven-bit group at <paramref name="shift"/> that keeps a value within 2^53 - 1.</summary>
    private static int MaxSevenBitsAt(int shift) => shift >= 53 ? 0 : (int)((MaxSafeInteger >> shift) & 0x7F);

    private MalformedUpdateException Truncated(int needed) =>
        new($"Unexpected end of data: needed {needed} byte(s), {Remaining} remain", Position);
}
