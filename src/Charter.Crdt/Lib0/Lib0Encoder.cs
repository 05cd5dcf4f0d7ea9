using System.Buffers.Binary;
using System.Collections;
using System.Numerics;
using System.Text;

namespace Charter.Crdt.Lib0;

/// <summary>
/// A growable byte writer producing exactly the bytes of lib0's <c>encoding.js</c> (0.2.120).
/// Writes go straight into one array that doubles when full, so encoding allocates nothing per byte.
/// </summary>
public sealed class Lib0Encoder
{
    /// <summary>lib0's <c>BITS31</c>: integers up to this magnitude are written by <see cref="WriteAny"/> as var ints.</summary>
    private const long Bits31 = 0x7FFFFFFF;

    /// <summary>Deeper nesting than this in <see cref="WriteAny"/> is treated as a cycle.</summary>
    internal const int MaxAnyDepth = 512;

    private static readonly double JsNaN64 = BitConverter.Int64BitsToDouble(0x7FF8000000000000);
    private static readonly float JsNaN32 = BitConverter.Int32BitsToSingle(0x7FC00000);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private byte[] _buffer;
    private int _length;

    public Lib0Encoder(int initialCapacity = 64)
    {
        _buffer = new byte[Math.Max(initialCapacity, 8)];
    }

    /// <summary>Number of bytes written so far.</summary>
    public int Length => _length;

    /// <summary>The bytes written so far, without copying; valid until the next write.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    /// <summary>Forgets everything written, keeping the buffer for reuse.</summary>
    public void Clear() => _length = 0;

    public void WriteUint8(byte value)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = value;
    }

    /// <summary>Little-endian, as lib0's <c>writeUint16</c>.</summary>
    public void WriteUint16(ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(Reserve(2), value);
    }

    /// <summary>Little-endian, as lib0's <c>writeUint32</c>.</summary>
    public void WriteUint32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(Reserve(4), value);
    }

    public void WriteUint32BigEndian(uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(Reserve(4), value);
    }

    /// <summary>Unsigned LEB128: seven bits per byte, high bit set while more bytes follow.</summary>
    public void WriteVarUint(long value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A var uint cannot be negative.");
        }

        var remaining = (ulong)value;
        while (remaining > 0x7F)
        {
            WriteUint8((byte)(0x80 | (remaining & 0x7F)));
            remaining >>= 7;
        }

        WriteUint8((byte)remaining);
    }

    /// <summary>
    /// lib0's signed var int: the first byte holds a continuation bit, a sign bit and six value bits;
    /// the sign is separate from the magnitude, which is what lets <c>-0</c> exist on the wire.
    /// </summary>
    public void WriteVarInt(long value)
    {
        if (value == long.MinValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A var int must have a representable magnitude.");
        }

        WriteSignAndMagnitude(value < 0, (ulong)Math.Abs(value));
    }

    /// <summary>Writes the var int <c>-0</c> (a single <c>0x40</c>), which lib0's RLE encoders use as a flag.</summary>
    public void WriteVarIntNegativeZero() => WriteSignAndMagnitude(negative: true, magnitude: 0);

    /// <summary>UTF-8 with a var uint byte-length prefix; lone surrogates become U+FFFD as with <c>TextEncoder</c>.</summary>
    public void WriteVarString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var byteCount = Utf8.GetByteCount(value);
        WriteVarUint(byteCount);
        Utf8.GetBytes(value, Reserve(byteCount));
    }

    public void WriteVarUint8Array(ReadOnlySpan<byte> bytes)
    {
        WriteVarUint(bytes.Length);
        WriteUint8Array(bytes);
    }

    /// <summary>Raw bytes without a length prefix.</summary>
    public void WriteUint8Array(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    /// <summary>Big-endian; every NaN is written as JavaScript's canonical quiet NaN, as V8's DataView does.</summary>
    public void WriteFloat32(float value) =>
        BinaryPrimitives.WriteSingleBigEndian(Reserve(4), float.IsNaN(value) ? JsNaN32 : value);

    /// <summary>Big-endian; every NaN is written as JavaScript's canonical quiet NaN (.NET's own NaN has the sign bit set).</summary>
    public void WriteFloat64(double value) =>
        BinaryPrimitives.WriteDoubleBigEndian(Reserve(8), double.IsNaN(value) ? JsNaN64 : value);

    /// <summary>Big-endian two's complement; values outside 64 bits wrap as <c>DataView.setBigInt64</c> does.</summary>
    public void WriteBigInt64(BigInteger value)
    {
        var wrapped = (long)(ulong)(value & ulong.MaxValue);
        BinaryPrimitives.WriteInt64BigEndian(Reserve(8), wrapped);
    }

    /// <summary>
    /// lib0's <c>writeAny</c>: one tag byte (116..127) then the value. Numbers follow JavaScript: an
    /// integer of magnitude up to 2^31-1 (including -0) is a var int, any other number that a float32
    /// holds exactly is a float32, the rest float64. Dictionary keys are written in JavaScript's
    /// property order so that C# values encode as the equal JS object would.
    /// </summary>
    public void WriteAny(object? value) => WriteAny(value, 0);

    private void WriteAny(object? value, int depth)
    {
        if (depth > MaxAnyDepth)
        {
            throw new ArgumentException($"Value nests deeper than {MaxAnyDepth} levels; is it cyclic?", nameof(value));
        }

        switch (value)
        {
            case null:
                WriteUint8(AnyTag.Null);
                break;
            case Undefined:
                WriteUint8(AnyTag.Undefined);
                break;
            case string text:
                WriteUint8(AnyTag.String);
                WriteVarString(text);
                break;
            case bool flag:
                WriteUint8(flag ? AnyTag.True : AnyTag.False);
                break;
            case long number:
                WriteAnyInteger(number);
                break;
            case int number:
                WriteAnyInteger(number);
                break;
            case short or sbyte or byte or ushort or uint:
                WriteAnyInteger(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ulong number:
                WriteAnyNumber(number);
                break;
            case float number:
                WriteAnyNumber(number);
                break;
            case double number:
                WriteAnyNumber(number);
                break;
            case BigInteger big:
                WriteUint8(AnyTag.BigInt);
                WriteBigInt64(big);
                break;
            case byte[] bytes:
                WriteUint8(AnyTag.Uint8Array);
                WriteVarUint8Array(bytes);
                break;
            case ReadOnlyMemory<byte> memory:
                WriteUint8(AnyTag.Uint8Array);
                WriteVarUint8Array(memory.Span);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteAnyObject(map.Keys, key => map[key], map.Count, depth);
                break;
            case IDictionary<string, object?> map:
                WriteAnyObject(map.Keys, key => map[key], map.Count, depth);
                break;
            case IList list:
                WriteUint8(AnyTag.Array);
                WriteVarUint(list.Count);
                foreach (var item in list)
                {
                    WriteAny(item, depth + 1);
                }

                break;
            default:
                throw new ArgumentException(
                    $"A value of type {value.GetType()} has no lib0 Any encoding.", nameof(value));
        }
    }

    private void WriteAnyObject(IEnumerable<string> keys, Func<string, object?> lookup, int count, int depth)
    {
        WriteUint8(AnyTag.Object);
        WriteVarUint(count);
        foreach (var key in JsPropertyOrder.Order(keys))
        {
            WriteVarString(key);
            WriteAny(lookup(key), depth + 1);
        }
    }

    private void WriteAnyInteger(long number)
    {
        if (Math.Abs(number) <= Bits31)
        {
            WriteUint8(AnyTag.Integer);
            WriteVarInt(number);
        }
        else
        {
            WriteAnyNumber((double)number);
        }
    }

    private void WriteAnyNumber(double number)
    {
        if (double.IsInteger(number) && Math.Abs(number) <= Bits31)
        {
            WriteUint8(AnyTag.Integer);
            if (number == 0 && double.IsNegative(number))
            {
                WriteVarIntNegativeZero();
            }
            else
            {
                WriteVarInt((long)number);
            }
        }
        else if ((double)(float)number == number)
        {
            WriteUint8(AnyTag.Float32);
            WriteFloat32((float)number);
        }
        else
        {
            WriteUint8(AnyTag.Float64);
            WriteFloat64(number);
        }
    }

    private void WriteSignAndMagnitude(bool negative, ulong magnitude)
    {
        WriteUint8((byte)((magnitude > 0x3F ? 0x80 : 0) | (negative ? 0x40 : 0) | (int)(magnitude & 0x3F)));
        magnitude >>= 6;
        while (magnitude > 0)
        {
            WriteUint8((byte)((magnitude > 0x7F ? 0x80 : 0) | (int)(magnitude & 0x7F)));
            magnitude >>= 7;
        }
    }

    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            Grow(count);
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    private void Grow(int needed)
    {
        var capacity = Math.Max(_buffer.Length * 2, _length + needed);
        Array.Resize(ref _buffer, capacity);
    }
}
