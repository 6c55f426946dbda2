namespace TechShop.Snowflake.Tests;

/// <summary>Bodies shaped like the SQL API's documented responses (values invented).</summary>
internal static class SqlApiResponses
{
    public static string ResultSet(string handle, string rowType, string data, string? partitionInfo = null, string? stats = null, string? statementHandles = null, long numRows = 1) =>
        $$"""
        { "resultSetMetaData": { "numRows": {{numRows}}, "format": "jsonv2",
            {{(partitionInfo is null ? "" : $"\"partitionInfo\": {partitionInfo},")}}
            "rowType": {{rowType}} },
          "data": {{data}},
          "code": "090001", "sqlState": "00000", "message": "Statement executed successfully.",
          "statementHandle": "{{handle}}",
          "statementStatusUrl": "/api/v2/statements/{{handle}}?requestId=00000000-0000-0000-0000-000000000000",
          {{(stats is null ? "" : $"\"stats\": {stats},")}}
          {{(statementHandles is null ? "" : $"\"statementHandles\": {statementHandles},")}}
          "createdOn": 1767254130412 }
        """;

    public static string Column(string name, string type, int? precision = null, int? scale = null, bool nullable = true) =>
        $$"""{"name":"{{name}}","database":"TECHSHOP","schema":"BRONZE","table":"T","type":"{{type}}","byteLength":null,"length":null,"precision":{{(precision?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")}},"scale":{{(scale?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")}},"nullable":{{(nullable ? "true" : "false")}},"collation":null}""";

    public static string Running(string handle) =>
        $$"""{"code":"333334","message":"Asynchronous execution in progress. Use provided query id to perform query monitoring and management.","statementHandle":"{{handle}}","statementStatusUrl":"/api/v2/statements/{{handle}}"}""";

    public static string Failure(string handle, string code, string sqlState, string message) =>
        $$"""{"code":"{{code}}","sqlState":"{{sqlState}}","message":"{{message}}","statementHandle":"{{handle}}","createdOn":1767254130412}""";

    public static string SingleNumber(string handle, long value) =>
        ResultSet(handle, $"[{Column("N", "fixed", 18, 0, false)}]", $"[[\"{value}\"]]", "[{\"rowCount\":1,\"uncompressedSize\":10}]");
}
