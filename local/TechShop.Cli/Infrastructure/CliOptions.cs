using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace TechShop.Cli.Infrastructure;

/// <summary>Option factories shared by commands, so that the same kind of value is parsed and refused the same way.</summary>
internal static class CliOptions
{
    /// <summary>A calendar day, <c>yyyy-MM-dd</c>.</summary>
    public static Option<DateOnly> Date(string name, string description, DateOnly defaultValue) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (TryParseDay(token, out var day))
            {
                return day;
            }

            result.AddError($"{name}: expected a date as yyyy-MM-dd, got '{token}'.");
            return default;
        },
    };

    /// <summary>
    /// The day a <see cref="Date"/> option was given, its default when absent, or null when its token does not parse
    /// (for command validators, which run before a bad value's own error is reported).
    /// </summary>
    public static DateOnly? DayOrDefault(OptionResult? result, DateOnly defaultValue)
    {
        if (result is null || result.Tokens.Count == 0)
        {
            return defaultValue;
        }

        return TryParseDay(result.Tokens[^1].Value, out var day) ? day : null;
    }

    private static bool TryParseDay(string token, out DateOnly day) =>
        DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>A share in [0, 1].</summary>
    public static Option<double> Rate(string name, string description, double defaultValue)
    {
        var option = new Option<double>(name) { Description = description, HelpName = "0..1", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value is >= 0 and <= 1))
            {
                result.AddError($"{name}: expected a rate between 0 and 1, got {value.ToString(CultureInfo.InvariantCulture)}.");
            }
        });
        return option;
    }

    /// <summary>A number greater than zero.</summary>
    public static Option<double> Positive(string name, string description, double defaultValue)
    {
        var option = new Option<double>(name) { Description = description, HelpName = "N", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value > 0) || double.IsInfinity(value))
            {
                result.AddError($"{name}: expected a positive number, got {value.ToString(CultureInfo.InvariantCulture)}.");
            }
        });
        return option;
    }

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
