using Avro;

namespace TechShop.Avro.Compatibility;

/// <summary>
/// Avro schema-resolution rules (the spec's "Schema Resolution"): can data written with one schema be read with another.
/// Stricter than the spec in one place: a decimal must keep its scale and may only widen its precision,
/// since a changed scale silently rescales money.
/// </summary>
public static class SchemaCompatibility
{
    /// <summary>The reasons <paramref name="reader"/> cannot read data written with <paramref name="writer"/>; empty when it can.</summary>
    public static IReadOnlyList<string> CheckCanRead(Schema reader, Schema writer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(writer);
        var problems = new List<string>();
        Check(reader, writer, "/", problems, new HashSet<(string, string)>());
        return problems;
    }

    /// <summary>
    /// Checks a candidate against a subject's existing versions (oldest first) at a level; empty when compatible.
    /// Non-transitive levels compare with the latest version only.
    /// </summary>
    public static IReadOnlyList<string> Check(CompatibilityLevel level, Schema candidate, IReadOnlyList<Schema> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        if (level == CompatibilityLevel.None || existing.Count == 0)
        {
            return [];
        }

        var transitive = level is CompatibilityLevel.BackwardTransitive or CompatibilityLevel.ForwardTransitive or CompatibilityLevel.FullTransitive;
        var backward = level is CompatibilityLevel.Backward or CompatibilityLevel.BackwardTransitive or CompatibilityLevel.Full or CompatibilityLevel.FullTransitive;
        var forward = level is CompatibilityLevel.Forward or CompatibilityLevel.ForwardTransitive or CompatibilityLevel.Full or CompatibilityLevel.FullTransitive;
        var problems = new List<string>();
        var versions = transitive ? existing : [existing[^1]];
        foreach (var old in versions)
        {
            if (backward)
            {
                problems.AddRange(CheckCanRead(candidate, old).Select(p => "new schema cannot read old data: " + p));
            }

            if (forward)
            {
                problems.AddRange(CheckCanRead(old, candidate).Select(p => "old schema cannot read new data: " + p));
            }
        }

        return problems;
    }

    private static void Check(Schema reader, Schema writer, string path, List<string> problems, HashSet<(string, string)> visiting)
    {
        if (writer is UnionSchema writerUnion)
        {
            foreach (var branch in writerUnion.Schemas)
            {
                Check(reader, branch, path, problems, visiting);
            }

            return;
        }

        if (reader is UnionSchema readerUnion)
        {
            foreach (var branch in readerUnion.Schemas)
            {
                var branchProblems = new List<string>();
                Check(branch, writer, path, branchProblems, visiting);
                if (branchProblems.Count == 0)
                {
                    return;
                }
            }

            problems.Add($"{path}: reader union {reader} has no branch that reads writer type {Describe(writer)}");
            return;
        }

        var readerDecimal = DecimalOf(reader);
        var writerDecimal = DecimalOf(writer);
        if (readerDecimal?.Scale != writerDecimal?.Scale || readerDecimal?.Precision < writerDecimal?.Precision)
        {
            problems.Add($"{path}: decimal changed from {writerDecimal?.ToString() ?? Describe(writer)} to {readerDecimal?.ToString() ?? Describe(reader)}");
            return;
        }

        var r = reader is LogicalSchema readerLogical ? readerLogical.BaseSchema : reader;
        var w = writer is LogicalSchema writerLogical ? writerLogical.BaseSchema : writer;
        switch (r)
        {
            case RecordSchema readerRecord when w is RecordSchema writerRecord:
                CheckRecord(readerRecord, writerRecord, path, problems, visiting);
                return;
            case EnumSchema readerEnum when w is EnumSchema writerEnum:
                CheckName(readerEnum, writerEnum, path, problems);
                var missing = writerEnum.Symbols.Where(s => !readerEnum.Symbols.Contains(s)).ToList();
                if (missing.Count > 0 && readerEnum.Default is null)
                {
                    problems.Add($"{path}: reader enum {readerEnum.Fullname} lacks writer symbols {string.Join(", ", missing)} and has no default");
                }

                return;
            case ArraySchema readerArray when w is ArraySchema writerArray:
                Check(readerArray.ItemSchema, writerArray.ItemSchema, path + "[]", problems, visiting);
                return;
            case MapSchema readerMap when w is MapSchema writerMap:
                Check(readerMap.ValueSchema, writerMap.ValueSchema, path + "{}", problems, visiting);
                return;
            case FixedSchema readerFixed when w is FixedSchema writerFixed:
                CheckName(readerFixed, writerFixed, path, problems);
                if (readerFixed.Size != writerFixed.Size)
                {
                    problems.Add($"{path}: fixed {readerFixed.Fullname} size changed from {writerFixed.Size} to {readerFixed.Size}");
                }

                return;
            case PrimitiveSchema when w is PrimitiveSchema && (r.Tag == w.Tag || IsPromotion(w.Tag, r.Tag)):
                return;
            default:
                problems.Add($"{path}: writer type {Describe(writer)} cannot be read as {Describe(reader)}");
                return;
        }
    }

    private static void CheckRecord(RecordSchema reader, RecordSchema writer, string path, List<string> problems, HashSet<(string, string)> visiting)
    {
        CheckName(reader, writer, path, problems);
        if (!visiting.Add((reader.Fullname, writer.Fullname)))
        {
            return;
        }

        foreach (var field in reader.Fields)
        {
            var fieldPath = path + field.Name;
            if (writer.TryGetField(field.Name, out var writerField) || TryGetByAlias(writer, field, out writerField))
            {
                Check(field.Schema, writerField.Schema, fieldPath + "/", problems, visiting);
            }
            else if (field.DefaultValue is null)
            {
                problems.Add($"{fieldPath}: field '{field.Name}' is new in the reader and has no default");
            }
        }

        visiting.Remove((reader.Fullname, writer.Fullname));
    }

    private static bool TryGetByAlias(RecordSchema writer, Field readerField, out Field writerField)
    {
        foreach (var alias in readerField.Aliases ?? [])
        {
            if (writer.TryGetField(alias, out writerField))
            {
                return true;
            }
        }

        writerField = null!;
        return false;
    }

    private static void CheckName(NamedSchema reader, NamedSchema writer, string path, List<string> problems)
    {
        if (reader.Fullname != writer.Fullname)
        {
            problems.Add($"{path}: named type {writer.Fullname} cannot be read as {reader.Fullname}");
        }
    }

    private static bool IsPromotion(Schema.Type writer, Schema.Type reader) => (writer, reader) switch
    {
        (Schema.Type.Int, Schema.Type.Long or Schema.Type.Float or Schema.Type.Double) => true,
        (Schema.Type.Long, Schema.Type.Float or Schema.Type.Double) => true,
        (Schema.Type.Float, Schema.Type.Double) => true,
        (Schema.Type.String, Schema.Type.Bytes) => true,
        (Schema.Type.Bytes, Schema.Type.String) => true,
        _ => false,
    };

    private static (int Precision, int Scale)? DecimalOf(Schema schema)
    {
        if (schema is not LogicalSchema { LogicalTypeName: "decimal" } logical)
        {
            return null;
        }

        var precision = int.Parse(logical.GetProperty("precision") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var scale = int.Parse(logical.GetProperty("scale") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        return (precision, scale);
    }

    private static string Describe(Schema schema) => schema is LogicalSchema logical
        ? $"{logical.BaseSchema.Tag.ToString().ToUpperInvariant()}({logical.LogicalTypeName})"
        : schema is NamedSchema named ? named.Fullname : schema.Tag.ToString().ToUpperInvariant();
}
