using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace TechShop.Cli.Infrastructure;

/// <summary>Option factories shared by commands, so that the same kind of value is parsed and refused the same way.</summary>
internal static class CliOptions
{
    /// <summary>A calendar day, <c>yyyy-MM-dd</c>; null when absent (the description names the default).</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (TryParseDay(token, out var day))
            {
                return day;
            }

            result.AddError($"{name}: expected a date as yyyy-MM-dd, got '{token}'.");
            return null;
        },
    };

    /// <summary>
    /// The day a <see cref="Date"/> option was given, <paramref name="defaultValue"/> when absent, or null when its
    /// token does not parse (for command validators, which must not read a value that failed to parse).
    /// </summary>
    public static DateOnly? DayOrDefault(OptionResult? result, DateOnly defaultValue)
    {
        if (result is null || result.Tokens.Count == 0)
        {
            return defaultValue;
        }

        return TryParseDay(result.Tokens[^1].Value, out var day) ? day : null;
    }

    /// <summary>A share in [0, 1].</summary>
    public static Option<double> Rate(string name, string description, double defaultValue) =>
        Number(name, description, defaultValue, "0..1", v => v is >= 0 and <= 1, "a rate between 0 and 1");

    /// <summary>A number greater than zero.</summary>
    public static Option<double> Positive(string name, string description, double defaultValue) =>
        Number(name, description, defaultValue, "N", v => v > 0 && !double.IsInfinity(v), "a positive number");

    /// <summary>A whole number.</summary>
    public static Option<int> Integer(string name, string description, int defaultValue) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError($"{name}: expected a whole number, got '{token}'.");
            return default;
        },
    };

    // Range checks live in the parser, not in validators: a validator reading a value that failed to parse throws.
    private static Option<double> Number(string name, string description, double defaultValue, string helpName, Func<double, bool> isValid, string expected) => new(name)
    {
        Description = description,
        HelpName = helpName,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && isValid(value))
            {
                return value;
            }

            result.AddError($"{name}: expected {expected}, got '{token}'.");
            return default;
        },
    };

    private static bool TryParseDay(string token, out DateOnly day) =>
        DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>A directory that the command writes below; created if missing.</summary>
    public static Option<DirectoryInfo> OutputDirectory(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DIR",
        Required = true,
    };

    /// <summary>Creates <paramref name="directory"/> and proves it writable, or fails naming <paramref name="option"/>.</summary>
    public static DirectoryInfo EnsureWritable(DirectoryInfo directory, string option)
    {
        ArgumentNullException.ThrowIfNull(directory);
        try
        {
            Directory.CreateDirectory(directory.FullName);
            var probe = Path.Combine(directory.FullName, $".techshop-write-probe-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return directory;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new CliUsageException(option, $"expected a writable directory, but '{directory.FullName}' cannot be written ({ex.Message})", ex);
        }
    }
}
