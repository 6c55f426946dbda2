namespace TechShop.Core.Warehouse;

/// <summary>
/// One model file of <c>sql/warehouse/</c>: its name (<c>&lt;layer&gt;.&lt;file stem&gt;</c>), kind, declared
/// dependencies (<c>-- depends_on:</c>) and Snowflake SQL text, possibly several statements.
/// </summary>
public sealed record SqlModel(string Name, string Layer, SqlModelKind Kind, IReadOnlyList<string> DependsOn, string Path, string Sql)
{
    /// <summary>The statements of the model with <c>{{name}}</c> parameters bound, in file order.</summary>
    public IReadOnlyList<string> Statements(IReadOnlyDictionary<string, string>? parameters = null) =>
        SqlScript.Split(SqlScript.Bind(Sql, parameters ?? new Dictionary<string, string>(), Path));
}
