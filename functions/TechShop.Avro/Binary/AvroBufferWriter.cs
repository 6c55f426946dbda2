using System.Buffers;
using System.Text;
using TechShop.Avro.Errors;

namespace TechShop.Avro.Binary;

/// <summary>Writes Avro binary encoding straight into an <see cref="IBufferWriter{T}"/>: zig-zag varints, bytes, logical types.</summary>
public readonly struct AvroBufferWriter
{
    private readonly IBufferWriter<byte> _output;

    public AvroBufferWriter(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
    }

    public void WriteLong(long value)
    {
        var span = _output.GetSpan(10);
        var zigZag = (ulong)((value << 1) ^ (value >> 63));
        var i = 0;
        while (zigZag >= 0x80)
        {
            span[i++] = (byte)(zigZag | 0x80);
            zigZag >>= 7;
        }

        span[i++] = (byte)zigZag;
        _output.Advance(i);
    }

    public void WriteInt(int value) => WriteLong(value);

    public void WriteBoolean(bool value)
    {
        _output.GetSpan(1)[0] = value ? (byte)1 : (byte)0;
        _output.Advance(1);
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteLong(value.Length);
        if (!value.IsEmpty)
        {
            _output.Write(value);
        }
    }

    public void WriteString(string value, string field)
    {
        if (value is null)
        {
            throw new AvroEncodingException($"'{field}' is null; the schema requires a string");
        }

        var length = Encoding.UTF8.GetByteCount(value);
        WriteLong(length);
        if (length > 0)
        {
            var span = _output.GetSpan(length);
            Encoding.UTF8.GetBytes(value, span);
            _output.Advance(length);
        }
    }

    public void WriteNullableString(string? value, string field)
    {
        if (value is null)
        {
            WriteLong(0);
            return;
        }

        WriteLong(1);
        WriteString(value, field);
    }

    public void WriteDecimal(decimal value, int precision, int scale, string field)
    {
        Span<byte> bytes = stackalloc byte[DecimalBytes.MaxLength];
        var length = DecimalBytes.TryWrite(value, precision, scale, bytes, out var error);
        if (length < 0)
        {
            throw new AvroEncodingException($"'{field}': {error}");
        }

        WriteBytes(bytes[..length]);
    }

    public void WriteDate(DateOnly value) => WriteLong(AvroTime.ToEpochDays(value));

    public void WriteNullableDate(DateOnly? value)
    {
        if (value is null)
        {
            WriteLong(0);
            return;
        }

        WriteLong(1);
        WriteDate(value.Value);
    }

    public void WriteTimestampMillis(DateTime value) => WriteLong(AvroTime.ToEpochMillis(value));

    public void WriteUuid(Guid value)
    {
        Span<byte> text = stackalloc byte[36];
        value.TryFormat(text, out var written, "D");
        WriteBytes(text[..written]);
    }

    public void WriteEnum(int index) => WriteLong(index);
}
