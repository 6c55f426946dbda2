using System.Globalization;

namespace TechShop.Infra.Configuration;

/// <summary>Typed, validated reads of CDK context values (strings from <c>-c</c>, JSON values from cdk.json).</summary>
public sealed class ContextReader
{
    private readonly Func<string, object?> _lookup;

    public ContextReader(Func<string, object?> lookup) => _lookup = lookup;

    /// <summary>Reads a raw value, or null when the key is absent.</summary>
    public object? Raw(string key) => _lookup(key);

    /// <summary>Reads a non-empty string, or the fallback when absent.</summary>
    public string String(string key, string fallback)
    {
        var value = _lookup(key);
        return value switch
        {
            null => fallback,
            string s when !string.IsNullOrWhiteSpace(s) => s.Trim(),
            _ => throw new InvalidContextException(key, "a non-empty string", value),
        };
    }

    /// <summary>Reads an optional non-empty string.</summary>
    public string? OptionalString(string key)
    {
        var value = _lookup(key);
        return value switch
        {
            null => null,
            string s when !string.IsNullOrWhiteSpace(s) => s.Trim(),
            _ => throw new InvalidContextException(key, "a non-empty string when set", value),
        };
    }

    /// <summary>Reads a whole number within [min, max], or the fallback when absent.</summary>
    public int Int(string key, int fallback, int min, int max)
    {
        var value = _lookup(key);
        if (value is null)
        {
            return fallback;
        }

        int? parsed = value switch
        {
            int i => i,
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
            string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
            _ => null,
        };
        if (parsed is not { } result || result < min || result > max)
        {
            throw new InvalidContextException(key, $"a whole number from {min} to {max}", value);
        }

        return result;
    }

    /// <summary>Reads true/false, or the fallback when absent.</summary>
    public bool Bool(string key, bool fallback)
    {
        var value = _lookup(key);
        return value switch
        {
            null => fallback,
            bool b => b,
            string s when bool.TryParse(s, out var b) => b,
            _ => throw new InvalidContextException(key, "true or false", value),
        };
    }

    /// <summary>Reads one of a fixed set of lower-case choices, or the fallback when absent.</summary>
    public string Choice(string key, string fallback, params string[] choices)
    {
        var value = String(key, fallback).ToLowerInvariant();
        if (!choices.Contains(value))
        {
            throw new InvalidContextException(key, "one of " + string.Join(", ", choices), _lookup(key));
        }

        return value;
    }
}
