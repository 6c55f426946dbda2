using System.Text.RegularExpressions;
using TechShop.Core.Warehouse;

namespace TechShop.Core.Tests.Warehouse;

/// <summary>
/// The models keep to the portable subset of WAREHOUSE-SQL.md: spellings that fail on one engine, or silently give
/// another result there, never appear outside comments.
/// </summary>
public sealed partial class PortableSqlTests
{
    public static TheoryData<string, string> Forbidden => new()
    {
        { @"\b\w+:\w+::", "the raw:field path syntax (DuckDB reads it as an alias)" },
        { @"\bDATEADD\s*\(\s*[a-z]", "DATEADD with an unquoted part" },
        { @"\bNUMBER\s*\(", "NUMBER(p,s) (use DECIMAL)" },
        { @"\bFLOAT\b", "FLOAT (32-bit in DuckDB; use DOUBLE)" },
        { @"\bTIMESTAMP_(NTZ|LTZ|TZ)\b", "TIMESTAMP_NTZ/LTZ/TZ (use TIMESTAMP)" },
        { @"\b(TRANSIENT|CLONE)\b|INSERT\s+OVERWRITE", "TRANSIENT, CLONE or INSERT OVERWRITE" },
        { @"\b(CONCAT|CONCAT_WS|GREATEST|LEAST)\s*\(", "CONCAT/CONCAT_WS/GREATEST/LEAST (NULL handling differs)" },
        { @"\bREGEXP_REPLACE\s*\(", "REGEXP_REPLACE (DuckDB replaces only the first match)" },
        { @"\b(OBJECT|ARRAY|VARIANT)\b", "semi-structured types" },
        { @"\bWITHIN\s+GROUP\b|\bGENERATOR\s*\(", "WITHIN GROUP or TABLE(GENERATOR())" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Models_ShouldNotUseSpellingsThatDifferBetweenEngines(string pattern, string what)
    {
        var offenders = ModelCatalog.Embedded.Models
            .Where(m => Regex.IsMatch(string.Join("\n", SqlScript.Split(WithoutParameters(m.Sql))), pattern, RegexOptions.IgnoreCase))
            .Select(m => m.Path)
            .ToList();

        Assert.True(offenders.Count == 0, $"{what} in: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void MergeModels_ShouldDedupeTheirSourceAndSetUnqualifiedTargetColumns()
    {
        foreach (var model in ModelCatalog.Embedded.Models.Where(m => m.Sql.Contains("MERGE INTO", StringComparison.Ordinal)))
        {
            Assert.Contains("QUALIFY ROW_NUMBER() OVER (PARTITION BY", model.Sql, StringComparison.Ordinal);
            Assert.DoesNotMatch(QualifiedSetTarget(), model.Sql);
        }
    }

    private static string WithoutParameters(string sql) => Parameter().Replace(sql, "NULL");

    [GeneratedRegex(@"\{\{\s*\w+\s*\}\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\n\s+t\.\w+\s*=\s*s\.")]
    private static partial Regex QualifiedSetTarget();
}
