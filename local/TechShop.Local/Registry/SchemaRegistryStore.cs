using System.Text.Json;
using Avro;
using TechShop.Avro.Compatibility;
using TechShop.Avro.Registry;

namespace TechShop.Local.Registry;

/// <summary>
/// The embedded registry's data: global schema ids (same schema ⇒ same id, across subjects), subject versions,
/// compatibility checks on register; persisted to <c>registry.json</c> in its directory after every change.
/// Schemas are compared in Apache.Avro's normalised JSON, so formatting does not make a new version.
/// </summary>
public sealed class SchemaRegistryStore
{
    public const string StateFileName = "registry.json";
    private readonly Lock _lock = new();
    private readonly string _stateFile;
    private RegistryState _state;

    public SchemaRegistryStore(string directory, CompatibilityLevel defaultCompatibility = CompatibilityLevel.Backward)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        _stateFile = Path.Combine(directory, StateFileName);
        _state = Load(_stateFile) ?? RegistryState.Empty(CompatibilityLevels.Format(defaultCompatibility));
    }

    /// <summary>Registers a schema under a subject; returns the existing id when the subject already holds it.</summary>
    public int Register(string subject, string schema)
    {
        var normalized = Normalize(schema, out var parsed);
        lock (_lock)
        {
            var versions = _state.Subjects.GetValueOrDefault(subject) ?? [];
            var existing = versions.FirstOrDefault(id => _state.Schemas[id] == normalized);
            if (existing != 0)
            {
                return existing;
            }

            var problems = SchemaCompatibility.Check(LevelOf(subject), parsed, versions.Select(id => Schema.Parse(_state.Schemas[id])).ToList());
            if (problems.Count > 0)
            {
                throw RegistryErrorException.Incompatible(problems);
            }

            var newId = _state.Schemas.FirstOrDefault(pair => pair.Value == normalized).Key;
            if (newId == 0)
            {
                newId = _state.Schemas.Count == 0 ? 1 : _state.Schemas.Keys.Max() + 1;
                _state.Schemas[newId] = normalized;
            }

            versions.Add(newId);
            _state.Subjects[subject] = versions;
            Save();
            return newId;
        }
    }

    /// <summary>The registration of a schema the subject already holds (POST /subjects/{subject}).</summary>
    public RegisteredSchema Lookup(string subject, string schema)
    {
        var normalized = Normalize(schema, out _);
        lock (_lock)
        {
            var versions = Versions(subject);
            var index = versions.FindIndex(id => _state.Schemas[id] == normalized);
            return index >= 0
                ? new RegisteredSchema(subject, versions[index], index + 1, normalized)
                : throw RegistryErrorException.SchemaNotFound("under subject '" + subject + "'");
        }
    }

    public string GetById(int id)
    {
        lock (_lock)
        {
            return _state.Schemas.TryGetValue(id, out var schema) ? schema : throw RegistryErrorException.SchemaNotFound(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A subject's version: a number from 1, or <c>latest</c> (also <c>-1</c>).</summary>
    public RegisteredSchema GetVersion(string subject, string version)
    {
        var number = ParseVersion(version);
        lock (_lock)
        {
            var versions = Versions(subject);
            var index = number == -1 ? versions.Count - 1 : number - 1;
            if (index < 0 || index >= versions.Count)
            {
                throw RegistryErrorException.VersionNotFound(subject, version);
            }

            return new RegisteredSchema(subject, versions[index], index + 1, _state.Schemas[versions[index]]);
        }
    }

    public IReadOnlyList<string> Subjects()
    {
        lock (_lock)
        {
            return [.. _state.Subjects.Keys];
        }
    }

    public IReadOnlyList<int> VersionNumbers(string subject)
    {
        lock (_lock)
        {
            return Enumerable.Range(1, Versions(subject).Count).ToList();
        }
    }

    /// <summary>Problems registering <paramref name="schema"/> would meet against a version (POST /compatibility/...); empty when compatible.</summary>
    public IReadOnlyList<string> CheckCompatibility(string subject, string version, string schema)
    {
        Normalize(schema, out var parsed);
        var against = GetVersion(subject, version);
        lock (_lock)
        {
            var level = LevelOf(subject);
            if (level is CompatibilityLevel.BackwardTransitive or CompatibilityLevel.ForwardTransitive or CompatibilityLevel.FullTransitive)
            {
                return SchemaCompatibility.Check(level, parsed, Versions(subject).Select(id => Schema.Parse(_state.Schemas[id])).ToList());
            }

            return SchemaCompatibility.Check(level, parsed, [Schema.Parse(against.Schema)]);
        }
    }

    /// <summary>The compatibility level of a subject (its own, else the global one), or the global one for null.</summary>
    public CompatibilityLevel GetCompatibility(string? subject)
    {
        lock (_lock)
        {
            return LevelOf(subject);
        }
    }

    public void SetCompatibility(string? subject, CompatibilityLevel level)
    {
        lock (_lock)
        {
            var name = CompatibilityLevels.Format(level);
            if (subject is null)
            {
                _state = _state with { Compatibility = name };
            }
            else
            {
                _state.SubjectCompatibility[subject] = name;
            }

            Save();
        }
    }

    private static int ParseVersion(string version)
    {
        if (version is "latest" or "-1")
        {
            return -1;
        }

        return int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 1
            ? number
            : throw RegistryErrorException.InvalidVersion(version);
    }

    private static string Normalize(string schema, out Schema parsed)
    {
        // Apache.Avro throws several exception types for bad schema text (its own, Newtonsoft's, KeyNotFound...).
        try
        {
            // Schema.Parse answers null, not an exception, for some undefined type names.
            parsed = Schema.Parse(schema) ?? throw new SchemaParseException("the schema names no known type");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw RegistryErrorException.InvalidSchema(ex.Message);
        }

        return parsed.ToString();
    }

    private static RegistryState? Load(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(file), RegistryStateJsonContext.Default.RegistryState)
                ?? throw new InvalidDataException("the file holds JSON null");
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"Schema registry state file '{file}' is not a registry state JSON document: {ex.Message}", ex);
        }
    }

    private List<int> Versions(string subject) =>
        _state.Subjects.TryGetValue(subject, out var versions) && versions.Count > 0 ? versions : throw RegistryErrorException.SubjectNotFound(subject);

    private CompatibilityLevel LevelOf(string? subject) =>
        CompatibilityLevels.Parse(subject is not null && _state.SubjectCompatibility.TryGetValue(subject, out var own) ? own : _state.Compatibility);

    private void Save()
    {
        // Write-then-rename: a crash mid-write leaves the previous state, never half a file.
        var temp = _stateFile + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(_state, RegistryStateJsonContext.Default.RegistryState));
        File.Move(temp, _stateFile, overwrite: true);
    }
}
