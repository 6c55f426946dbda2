using System.Globalization;
using TechShop.Core.Domain;
using TechShop.Core.Lake;
using TechShop.Core.Streaming;

namespace TechShop.Local.Generator;

/// <summary>
/// Turns a slice of the dataset into the records the hot path consumes, in publish order: each day's rates at the
/// start of that day, customer versions when they change, every order status change as an order event. Records the
/// slice depends on from before it (the rate of an earlier order date, the customer as they stood) come first, as a
/// compacted topic would replay them. Late records are published after at least one record with a later event time.
/// </summary>
public static class EventStream
{
    /// <summary>Builds the stream for <paramref name="options"/>' days of <paramref name="dataset"/>; deterministic.</summary>
    public static IReadOnlyList<StreamEvent> Build(TechShopDataset dataset, EventStreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var from = options.From ?? dataset.Options.From;
        var to = options.To ?? dataset.Options.To;
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var random = new SeededRandom((ulong)(uint)dataset.Options.Seed).Fork($"stream:{LakeKey.Day(from)}:{LakeKey.Day(to)}");

        var orderEvents = dataset.Orders.SelectMany(o => o.History)
            .Where(e => e.EventTime >= start && e.EventTime < end)
            .OrderBy(e => e.EventTime).ThenBy(e => e.OrderNumber).ThenBy(e => e.Status)
            .ToList();

        var context = new List<StreamEvent>();
        foreach (var (currency, date) in orderEvents.Where(e => e.OrderDate < from).Select(e => (e.CurrencyCode, e.OrderDate)).Distinct()
                     .OrderBy(x => x.OrderDate).ThenBy(x => Currencies.Supported.ToList().IndexOf(x.CurrencyCode)))
        {
            if (dataset.TryGetRate(currency, date, out var rate))
            {
                context.Add(RateEvent(new ExchangeRate(date, currency, rate)));
            }
        }

        var versionsBefore = dataset.CustomerVersions.Where(c => c.ChangedAt < start)
            .GroupBy(c => c.CustomerKey).ToDictionary(g => g.Key, g => g.Last());
        foreach (var key in orderEvents.Select(e => e.CustomerKey).Distinct().Order())
        {
            if (versionsBefore.TryGetValue(key, out var customer))
            {
                context.Add(CustomerEvent(customer));
            }
        }

        var onTime = new List<(StreamEvent Event, int Priority)>();
        onTime.AddRange(dataset.ExchangeRates.Where(r => r.Date >= from && r.Date <= to).Select(r => (RateEvent(r), 0)));
        onTime.AddRange(dataset.CustomerVersions.Where(c => c.ChangedAt >= start && c.ChangedAt < end).Select(c => (CustomerEvent(c), 1)));

        var badKinds = DealBadKinds(random.Fork("bad"), orderEvents.Count, options.BadRate);
        var late = PickLate(random.Fork("late"), orderEvents.Count, options.LateRate);
        var orders = orderEvents.Select((e, i) => OrderStreamEvent(e, badKinds[i])).ToList();
        onTime.AddRange(orders.Where((_, i) => !late.ContainsKey(i)).Select(e => (e, 2)));

        // A late record goes after the first on-time record with a strictly later event time, or later still.
        var onTimeTimes = onTime.Select(x => x.Event.EventTime.Ticks).Order().ToArray();
        var published = onTime.Select((x, i) => (Event: x.Event, At: x.Event.EventTime, x.Priority, Sequence: i)).ToList();
        foreach (var (index, delay) in late.OrderBy(kv => kv.Key))
        {
            var e = orders[index];
            var next = UpperBound(onTimeTimes, e.EventTime.Ticks);
            if (next == onTimeTimes.Length)
            {
                published.Add((e, e.EventTime, 2, onTime.Count + index));
                continue;
            }

            var at = new DateTime(Math.Max(e.EventTime.Add(delay).Ticks, onTimeTimes[next]), DateTimeKind.Utc);
            published.Add((e with { IsLate = true }, at, 3, onTime.Count + index));
        }

        var replay = context.OrderBy(e => e.EventTime).ThenBy(e => e.Topic == Topics.FxRates ? 0 : 1);
        return [.. replay, .. published.OrderBy(p => p.At).ThenBy(p => p.Priority).ThenBy(p => p.Sequence).Select(p => p.Event)];
    }

    /// <summary>Order events of the slice, the population <see cref="BadRecordPlan"/> counts over.</summary>
    public static int CountOrderEvents(IEnumerable<StreamEvent> events) => events.Count(e => e.Topic == Topics.Orders);

    private static BadRecordKind[] DealBadKinds(SeededRandom random, int count, double badRate)
    {
        var kinds = new BadRecordKind[count];
        var picks = PartialShuffle(random, count, BadRecordPlan.Total(count, badRate));
        for (var j = 0; j < picks.Length; j++)
        {
            kinds[picks[j]] = BadRecordPlan.Kinds[j % BadRecordPlan.Kinds.Count];
        }

        return kinds;
    }

    private static Dictionary<int, TimeSpan> PickLate(SeededRandom random, int count, double lateRate)
    {
        var picks = PartialShuffle(random, count, (int)Math.Round(count * lateRate, MidpointRounding.AwayFromZero));
        // Delays from a minute to a few hours: a producer retrying, a mobile client coming back online.
        return picks.ToDictionary(i => i, _ => TimeSpan.FromSeconds(60 + Math.Min(6 * 3600, -1200 * Math.Log(1 - random.NextDouble()))));
    }

    private static int[] PartialShuffle(SeededRandom random, int count, int take)
    {
        var indices = Enumerable.Range(0, count).ToArray();
        for (var i = 0; i < take; i++)
        {
            var j = i + random.Next(count - i);
            (indices[i], indices[j]) = (indices[j], indices[i]);
        }

        return indices[..take];
    }

    private static StreamEvent OrderStreamEvent(OrderEvent e, BadRecordKind bad)
    {
        var payload = bad switch
        {
            BadRecordKind.UnknownCurrency => e with { CurrencyCode = BadRecordPlan.UnknownCurrencyCode },
            BadRecordKind.NegativeQuantity => e with { Lines = [e.Lines[0] with { Quantity = -e.Lines[0].Quantity }, .. e.Lines.Skip(1)] },
            _ => e,
        };
        return new StreamEvent(Topics.Orders, e.OrderNumber.ToString(CultureInfo.InvariantCulture), e.EventTime, bad, false, payload);
    }

    private static StreamEvent CustomerEvent(Customer c) =>
        new(Topics.Customers, c.CustomerKey.ToString(CultureInfo.InvariantCulture), c.ChangedAt, BadRecordKind.None, false, c);

    private static StreamEvent RateEvent(ExchangeRate r) =>
        new(Topics.FxRates, $"{r.Currency}:{LakeKey.Day(r.Date)}", r.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), BadRecordKind.None, false, r);

    private static int UpperBound(long[] sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
