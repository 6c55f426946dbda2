using System.Collections.Frozen;
using TechShop.Snowflake.Api;

namespace TechShop.Snowflake.Warehouse;

/// <summary>
/// Tells a COPY that failed because of the file's content (malformed JSON, a value that does not convert to its column)
/// from every other failure (privileges, warehouse, timeout, an unknown code). A positive list: only these codes, and
/// only with a SQL state of class 22 (data exception), are the file's fault; anything else stays a failure that retries.
/// Each code and where it was checked: SNOWFLAKE-FACTS.md, "COPY data errors".
/// </summary>
public static class CopyDataError
{
    /// <summary>Snowflake error codes that name bad data in the file being loaded, with what each one means.</summary>
    public static FrozenDictionary<string, string> Codes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["100069"] = "Error parsing JSON",
        ["100037"] = "Boolean value is not recognized",
        ["100038"] = "Numeric value is not recognized",
        ["100039"] = "Numeric value is out of range",
        ["100035"] = "Timestamp is not recognized",
        ["100040"] = "Date is not recognized",
        ["100071"] = "Failed to cast variant value",
        ["100082"] = "Max LOB size exceeded",
        ["100076"] = "Data is corrupted",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Snowflake appends this advice to every load error; it suggests ON_ERROR options this load does not use on purpose.
    private const string OnErrorAdvice = "If you would like to continue loading";

    /// <summary>True when the statement failed (422) with a listed data-error code and a class-22 SQL state.</summary>
    public static bool IsDataError(SnowflakeStatementException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.HttpStatus == 422
            && Codes.ContainsKey(error.Code)
            && error.SqlState is { Length: 5 } state && state.StartsWith("22", StringComparison.Ordinal);
    }

    /// <summary>
    /// The rejection reason: Snowflake's code, state and message (which names the file, line, character and column)
    /// on one line, without the ON_ERROR advice.
    /// </summary>
    public static string Reason(SnowflakeStatementException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var lines = error.SnowflakeMessage
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith(OnErrorAdvice, StringComparison.Ordinal));
        return $"Snowflake refused the file's data (code {error.Code}, SQL state {error.SqlState}, statement {error.StatementHandle ?? "-"}): {string.Join("; ", lines)}";
    }
}
