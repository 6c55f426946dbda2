namespace TechShop.Local.Clock;

/// <summary>
/// An EventBridge schedule rule as the local clock fires it: a name, the function it targets, and a fixed rate
/// (the local stand-in for <c>rate(...)</c> expressions).
/// </summary>
public sealed record ScheduleRule(string Name, string Target, TimeSpan Rate)
{
    /// <summary>The ARN EventBridge would put in <c>resources[0]</c>, in the local account and region.</summary>
    public string Arn(string region, string account) => $"arn:aws:events:{region}:{account}:rule/{Name}";

    /// <summary>Parses an EventBridge rate expression such as <c>rate(15 minutes)</c> or <c>rate(1 day)</c>.</summary>
    public static TimeSpan ParseRate(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var text = expression.Trim();
        if (!text.StartsWith("rate(", StringComparison.Ordinal) || !text.EndsWith(')'))
        {
            throw new FormatException($"Schedule '{expression}' is not a rate expression like 'rate(15 minutes)'.");
        }

        var parts = text[5..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], out var value) || value < 1)
        {
            throw new FormatException($"Schedule '{expression}' needs a positive whole number and a unit, like 'rate(15 minutes)'.");
        }

        var singular = value == 1;
        return (parts[1], singular) switch
        {
            ("minute", true) or ("minutes", false) => TimeSpan.FromMinutes(value),
            ("hour", true) or ("hours", false) => TimeSpan.FromHours(value),
            ("day", true) or ("days", false) => TimeSpan.FromDays(value),
            _ => throw new FormatException($"Schedule '{expression}': the unit must be minute(s), hour(s) or day(s), singular for 1 and plural otherwise."),
        };
    }
}
