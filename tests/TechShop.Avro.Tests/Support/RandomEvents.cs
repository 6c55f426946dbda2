using TechShop.Avro.Archive;
using TechShop.Core.Domain;

namespace TechShop.Avro.Tests.Support;

/// <summary>Seeded random domain records that hit the edges: empty lists, max decimals, negatives, unicode, min/max dates.</summary>
internal sealed class RandomEvents(int seed, bool realisticTimes = false)
{
    private static readonly string[] Texts = ["", "a", "Zoë Saldaña", "東京都", "🙂 emoji", "O'Brien \"quoted\"", "Straße", new string('x', 300)];
    private readonly Random _random = new(seed);

    public OrderEvent Order()
    {
        var lineCount = _random.Next(5) == 0 ? 0 : _random.Next(1, 12);
        var lines = Enumerable.Range(1, lineCount)
            .Select(n => new OrderLine(n, Int(), Int(), Money(12, 2)))
            .ToList();
        return new OrderEvent(
            Guid.NewGuid(),
            (OrderStatus)_random.Next(6),
            Long(),
            Time(),
            Date(),
            _random.Next(3) == 0 ? null : Date(),
            Int(),
            Int(),
            (SalesChannel)_random.Next(2),
            Currency(),
            (PaymentMethod)_random.Next(6),
            lines)
        {
            CouponCode = _random.Next(3) == 0 ? null : Text(),
        };
    }

    public Customer Customer() => new(Int(), Text(), Text(), Date(), Text(), Text(), Text(), Text(), Time());

    public ExchangeRate Rate() => new(Date(), Currency(), Money(18, 8));

    public Product Product() => new(Int(), Text(), Text(), Text(), Text(), Text(), Money(12, 2), Money(12, 2));

    public Store Store() => new(Int(), Text(), Text(), Text(), _random.Next(3) == 0 ? null : Int(), Date(), _random.Next(2) == 0);

    public ArchivedKafkaRecord KafkaRecord() => new(
        Text(),
        Int(),
        Long(),
        Time(),
        (KafkaTimestampType)_random.Next(3),
        _random.Next(4) == 0 ? null : Bytes(),
        _random.Next(4) == 0 ? null : Bytes(),
        Enumerable.Range(0, _random.Next(4)).Select(_ => new ArchivedKafkaHeader(Text(), _random.Next(3) == 0 ? null : Bytes())).ToList());

    /// <summary>A decimal(precision, scale) value: often an edge (0, ±max, ±one unit), otherwise random digits.</summary>
    public decimal Money(int precision, int scale)
    {
        var max = (decimal)Math.Pow(10, precision - scale) - (1m / Pow10(scale));
        max = decimal.Round(max, scale);
        var unit = 1m / Pow10(scale);
        switch (_random.Next(12))
        {
            case 0: return 0m;
            case 1: return max;
            case 2: return -max;
            case 3: return unit;
            case 4: return -unit;
            default:
                var digits = _random.NextInt64(0, (long)Math.Pow(10, Math.Min(precision, 18)) - 1);
                var value = digits / Pow10(scale);
                return _random.Next(4) == 0 ? -value : value;
        }
    }

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10;
        }

        return result;
    }

    private int Int() => _random.Next(8) switch
    {
        0 => int.MinValue,
        1 => int.MaxValue,
        2 => 0,
        3 => -1,
        _ => _random.Next(int.MinValue, int.MaxValue),
    };

    private long Long() => _random.Next(6) switch
    {
        0 => long.MinValue,
        1 => long.MaxValue,
        2 => 0,
        _ => _random.NextInt64(long.MinValue, long.MaxValue),
    };

    private DateOnly Date() => _random.Next(8) switch
    {
        0 => DateOnly.MinValue,
        1 => DateOnly.MaxValue,
        2 => new DateOnly(1970, 1, 1),
        _ => DateOnly.FromDayNumber(_random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)),
    };

    /// <summary>UTC times at millisecond precision (timestamp-millis), including the ends of the DateTime range.</summary>
    private DateTime Time()
    {
        if (realisticTimes)
        {
            return new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(_random.NextInt64(0, 100L * 365 * 86_400_000));
        }

        var millis = _random.Next(8) switch
        {
            0 => -62135596800000L,
            1 => 253402300799999L,
            2 => 0L,
            _ => _random.NextInt64(-62135596800000L, 253402300799999L),
        };
        return DateTime.UnixEpoch.AddTicks(millis * TimeSpan.TicksPerMillisecond);
    }

    private string Currency() => _random.Next(2) == 0 ? Currencies.Supported[_random.Next(Currencies.Supported.Count)] : Text();

    private string Text() => _random.Next(3) == 0 ? Texts[_random.Next(Texts.Length)] : "text-" + _random.Next(100000);

    private byte[] Bytes()
    {
        var bytes = new byte[_random.Next(0, 64)];
        _random.NextBytes(bytes);
        return bytes;
    }
}
