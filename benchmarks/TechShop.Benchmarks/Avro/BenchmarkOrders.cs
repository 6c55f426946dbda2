using TechShop.Core.Domain;

namespace TechShop.Benchmarks.Avro;

/// <summary>Realistic seeded orders for the codec benchmarks: 1–4 lines, prices with cents, a coupon on some.</summary>
internal static class BenchmarkOrders
{
    public static List<OrderEvent> Create(int count, int seed = 7)
    {
        var random = new Random(seed);
        var currencies = Currencies.Supported;
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return Enumerable.Range(0, count).Select(i =>
        {
            var orderDate = DateOnly.FromDateTime(start.AddDays(random.Next(365)));
            var lines = Enumerable.Range(1, random.Next(1, 5))
                .Select(n => new OrderLine(n, random.Next(1, 2518), random.Next(1, 6), Math.Round((decimal)(random.NextDouble() * 2000) + 1, 2)))
                .ToList();
            return new OrderEvent(
                new Guid(random.Next(), (short)random.Next(short.MaxValue), (short)random.Next(short.MaxValue), 1, 2, 3, 4, 5, 6, 7, 8),
                (OrderStatus)random.Next(6),
                1_000_000 + i,
                start.AddMilliseconds(random.NextInt64(365L * 86_400_000)),
                orderDate,
                random.Next(2) == 0 ? null : orderDate.AddDays(random.Next(1, 10)),
                random.Next(1, 15_000),
                random.Next(1, 68),
                (SalesChannel)random.Next(2),
                currencies[random.Next(currencies.Count)],
                (PaymentMethod)random.Next(6),
                lines)
            {
                CouponCode = random.Next(5) == 0 ? "SAVE" + random.Next(10, 50) : null,
            };
        }).ToList();
    }
}
