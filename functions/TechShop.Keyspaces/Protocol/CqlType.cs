namespace TechShop.Keyspaces.Protocol;

/// <summary>A column or bind-marker type as described by an [option]; collections and UDTs carry their parts.</summary>
public sealed record CqlType(CqlTypeCode Code)
{
    /// <summary>Java class name of a Custom type.</summary>
    public string? CustomClass { get; init; }

    /// <summary>Element type of list/set, key type of map; tuple and UDT parts in <see cref="Fields"/>.</summary>
    public CqlType? Element { get; init; }

    /// <summary>Value type of a map.</summary>
    public CqlType? Value { get; init; }

    /// <summary>UDT fields (name, type) or tuple components (empty names).</summary>
    public IReadOnlyList<KeyValuePair<string, CqlType>> Fields { get; init; } = [];

    /// <summary>Keyspace and name of a UDT.</summary>
    public string? UdtName { get; init; }

    public static readonly CqlType Ascii = new(CqlTypeCode.Ascii);
    public static readonly CqlType Bigint = new(CqlTypeCode.Bigint);
    public static readonly CqlType Blob = new(CqlTypeCode.Blob);
    public static readonly CqlType Boolean = new(CqlTypeCode.Boolean);
    public static readonly CqlType Decimal = new(CqlTypeCode.Decimal);
    public static readonly CqlType Double = new(CqlTypeCode.Double);
    public static readonly CqlType Float = new(CqlTypeCode.Float);
    public static readonly CqlType Int = new(CqlTypeCode.Int);
    public static readonly CqlType Timestamp = new(CqlTypeCode.Timestamp);
    public static readonly CqlType Uuid = new(CqlTypeCode.Uuid);
    public static readonly CqlType Text = new(CqlTypeCode.Varchar);
    public static readonly CqlType Varint = new(CqlTypeCode.Varint);
    public static readonly CqlType Timeuuid = new(CqlTypeCode.Timeuuid);
    public static readonly CqlType Inet = new(CqlTypeCode.Inet);
    public static readonly CqlType Date = new(CqlTypeCode.Date);
    public static readonly CqlType Time = new(CqlTypeCode.Time);
    public static readonly CqlType Smallint = new(CqlTypeCode.Smallint);
    public static readonly CqlType Tinyint = new(CqlTypeCode.Tinyint);

    /// <summary>Reads an [option] (recursively for collections, UDTs and tuples).</summary>
    public static CqlType Read(ref CqlBodyReader reader)
    {
        var code = (CqlTypeCode)reader.ReadShort();
        switch (code)
        {
            case CqlTypeCode.Custom:
                return new CqlType(code) { CustomClass = reader.ReadString() };
            case CqlTypeCode.List or CqlTypeCode.Set:
                return new CqlType(code) { Element = Read(ref reader) };
            case CqlTypeCode.Map:
                var key = Read(ref reader);
                return new CqlType(code) { Element = key, Value = Read(ref reader) };
            case CqlTypeCode.Udt:
                var name = reader.ReadString() + "." + reader.ReadString();
                return new CqlType(code) { UdtName = name, Fields = ReadFields(ref reader, named: true) };
            case CqlTypeCode.Tuple:
                return new CqlType(code) { Fields = ReadFields(ref reader, named: false) };
            default:
                return code;
        }
    }

    /// <summary>Writes this type as an [option].</summary>
    public void Write(CqlBodyWriter writer)
    {
        writer.WriteShort((ushort)Code);
        switch (Code)
        {
            case CqlTypeCode.Custom:
                writer.WriteString(CustomClass ?? string.Empty);
                break;
            case CqlTypeCode.List or CqlTypeCode.Set:
                Element!.Write(writer);
                break;
            case CqlTypeCode.Map:
                Element!.Write(writer);
                Value!.Write(writer);
                break;
            case CqlTypeCode.Udt or CqlTypeCode.Tuple:
                if (Code == CqlTypeCode.Udt)
                {
                    var dot = UdtName!.IndexOf('.', StringComparison.Ordinal);
                    writer.WriteString(UdtName[..dot]);
                    writer.WriteString(UdtName[(dot + 1)..]);
                }

                writer.WriteShort(checked((ushort)Fields.Count));
                foreach (var (fieldName, type) in Fields)
                {
                    if (Code == CqlTypeCode.Udt)
                    {
                        writer.WriteString(fieldName);
                    }

                    type.Write(writer);
                }

                break;
        }
    }

    /// <summary>The CQL spelling of this type, for messages.</summary>
    public override string ToString() => Code switch
    {
        CqlTypeCode.Varchar => "text",
        CqlTypeCode.List => $"list<{Element}>",
        CqlTypeCode.Set => $"set<{Element}>",
        CqlTypeCode.Map => $"map<{Element}, {Value}>",
        CqlTypeCode.Custom => $"'{CustomClass}'",
        CqlTypeCode.Udt => UdtName ?? "udt",
        CqlTypeCode.Tuple => $"tuple<{string.Join(", ", Fields.Select(f => f.Value.ToString()))}>",
        _ => Code.ToString().ToLowerInvariant(),
    };

    public static implicit operator CqlType(CqlTypeCode code) => new(code);

    private static KeyValuePair<string, CqlType>[] ReadFields(ref CqlBodyReader reader, bool named)
    {
        var fields = new KeyValuePair<string, CqlType>[reader.ReadShort()];
        for (var i = 0; i < fields.Length; i++)
        {
            var name = named ? reader.ReadString() : string.Empty;
            fields[i] = new KeyValuePair<string, CqlType>(name, Read(ref reader));
        }

        return fields;
    }
}
