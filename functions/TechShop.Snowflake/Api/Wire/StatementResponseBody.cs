namespace TechShop.Snowflake.Api.Wire;

/// <summary>
/// Every body the statements endpoint answers with: ResultSet (200), QueryStatus (202, 408) and
/// QueryFailureStatus (422) share these fields; the absent ones stay null.
/// </summary>
internal sealed class StatementResponseBody
{
    public string? Code { get; set; }

    public string? SqlState { get; set; }

    public string? Message { get; set; }

    public string? StatementHandle { get; set; }

    public string? StatementStatusUrl { get; set; }

    public List<string>? StatementHandles { get; set; }

    public long? CreatedOn { get; set; }

    public ResultSetMetaDataBody? ResultSetMetaData { get; set; }

    public List<List<string?>>? Data { get; set; }

    public StatsBody? Stats { get; set; }
}

/// <summary>The <c>resultSetMetaData</c> object.</summary>
internal sealed class ResultSetMetaDataBody
{
    public long NumRows { get; set; }

    public string? Format { get; set; }

    public List<RowTypeBody>? RowType { get; set; }

    public List<PartitionInfoBody>? PartitionInfo { get; set; }
}

/// <summary>One column of <c>rowType</c>.</summary>
internal sealed class RowTypeBody
{
    public string Name { get; set; } = "";

    public string Type { get; set; } = "";

    public int? Precision { get; set; }

    public int? Scale { get; set; }

    public bool Nullable { get; set; }
}

/// <summary>One entry of <c>partitionInfo</c>.</summary>
internal sealed class PartitionInfoBody
{
    public long RowCount { get; set; }

    public long UncompressedSize { get; set; }

    public long? CompressedSize { get; set; }
}

/// <summary>The DML counters of <c>stats</c>.</summary>
internal sealed class StatsBody
{
    public long? NumRowsInserted { get; set; }

    public long? NumRowsUpdated { get; set; }

    public long? NumRowsDeleted { get; set; }

    public long? NumDuplicateRowsUpdated { get; set; }
}
