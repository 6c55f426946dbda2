namespace TechShop.Local.Clock;

/// <summary>
/// The local stand-in for EventBridge schedules. Time is simulated: <see cref="AdvanceTo"/> moves the clock and returns
/// every tick due on the way, in time order (rules due at the same instant in the order they were added), each with a
/// deterministic id, so a run over a simulated period fires exactly the schedules it would have fired.
/// </summary>
public sealed class LocalClock
{
    public const string LocalAccount = "000000000000";
    public const string LocalRegion = "eu-west-1";

    private readonly List<(ScheduleRule Rule, DateTime Next)> _rules = [];
    private long _fired;

    public LocalClock(DateTime start)
    {
        Now = DateTime.SpecifyKind(start, DateTimeKind.Utc);
    }

    /// <summary>The simulated time.</summary>
    public DateTime Now { get; private set; }

    /// <summary>Adds a rule whose first firing is one rate after now.</summary>
    public void Add(ScheduleRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Rate <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.Rate, $"Rule '{rule.Name}' needs a positive rate.");
        }

        _rules.Add((rule, Now + rule.Rate));
    }

    /// <summary>Moves the clock to <paramref name="time"/> and returns the ticks due up to and including it.</summary>
    public IReadOnlyList<ScheduledTick> AdvanceTo(DateTime time)
    {
        if (time < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"The clock is at {Now:O} and cannot go back.");
        }

        var due = new List<ScheduledTick>();
        while (true)
        {
            var index = -1;
            for (var i = 0; i < _rules.Count; i++)
            {
                if (_rules[i].Next <= time && (index < 0 || _rules[i].Next < _rules[index].Next))
                {
                    index = i;
                }
            }

            if (index < 0)
            {
                break;
            }

            var (rule, next) = _rules[index];
            due.Add(new ScheduledTick(TickId(++_fired), rule, next, rule.Arn(LocalRegion, LocalAccount), LocalAccount, LocalRegion));
            _rules[index] = (rule, next + rule.Rate);
        }

        Now = time;
        return due;
    }

    /// <summary>Fires every rule once at the current time, in the order they were added (a manual trigger).</summary>
    public IReadOnlyList<ScheduledTick> FireAll() =>
        _rules.Select(r => new ScheduledTick(TickId(++_fired), r.Rule, Now, r.Rule.Arn(LocalRegion, LocalAccount), LocalAccount, LocalRegion)).ToList();

    private static Guid TickId(long sequence)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, sequence);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        return new Guid(bytes);
    }
}
