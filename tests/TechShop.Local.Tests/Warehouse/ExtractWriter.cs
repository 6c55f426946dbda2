using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using TechShop.Core.Domain;
using TechShop.Core.Extracts;
using TechShop.Core.Lake;
using TechShop.Core.Warehouse;

namespace TechShop.Local.Tests.Warehouse;

/// <summary>
/// Writes a dataset as the operational database's daily extracts (docs/CONTRACTS.md): JSON Lines at
/// <c>lake/&lt;bucket&gt;/raw/batch/&lt;entity&gt;/dt=&lt;day&gt;/&lt;entity&gt;-&lt;day&gt;.jsonl</c>, snake_case names,
/// dates <c>yyyy-MM-dd</c>, times <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, decimals as exact numbers, enums SCREAMING_SNAKE.
/// </summary>
internal sealed class ExtractWriter(string lakeRoot, string bucket)
{
    public string Bucket => bucket;

    public string PathOf(string bucketName, string key) => Path.Combine(lakeRoot, bucketName, key);

    /// <summary>Writes every extract; <paramref name="fileDay"/> maps a row's day to its file's day (identity for daily files).</summary>
    public IReadOnlyList<(DateOnly Day, BronzeObject Object)> WriteAll(WarehouseDataset data, Func<DateOnly, DateOnly>? fileDay = null)
    {
        fileDay ??= d => d;
        var written = new List<(DateOnly, BronzeObject)>();
        written.AddRange(WriteEntity(ExtractEntity.Stores, data.Stores, fileDay, WriteStore));
        written.AddRange(WriteEntity(ExtractEntity.Products, data.Products, fileDay, WriteProduct));
        written.AddRange(WriteEntity(ExtractEntity.Customers, data.Customers, fileDay, WriteCustomer));
        written.AddRange(WriteEntity(ExtractEntity.ExchangeRates, data.Rates, fileDay, WriteRate));
        written.AddRange(WriteEntity(ExtractEntity.Orders, data.Orders, fileDay, WriteOrder));
        written.AddRange(WriteEntity(ExtractEntity.OrderLines, data.Lines, fileDay, WriteLine));
        return written.OrderBy(w => w.Item1).ToList();
    }

    /// <summary>Writes one object with the given bytes and returns it as a bronze load request (ETag = MD5, as S3 does).</summary>
    public BronzeObject WriteObject(string key, string entity, byte[] content)
    {
        var path = PathOf(bucket, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
#pragma warning disable CA5351 // S3 ETags of single-part objects are the MD5 of the bytes: an identifier, not security.
        var etag = Convert.ToHexStringLower(MD5.HashData(content));
#pragma warning restore CA5351
        return new BronzeObject(bucket, key, etag, entity, BronzeFormat.JsonLines);
    }

    public BronzeObject WriteRows<T>(string entity, DateOnly day, IEnumerable<T> rows, Action<Utf8JsonWriter, T> write) =>
        WriteObject(LakeKey.BatchExtract(entity, day), entity, Serialize(rows, write));

    private IEnumerable<(DateOnly, BronzeObject)> WriteEntity<T>(
        string entity, List<(DateOnly Day, T Row)> rows, Func<DateOnly, DateOnly> fileDay, Action<Utf8JsonWriter, T> write) =>
        rows.GroupBy(r => fileDay(r.Day))
            .Select(g => (g.Key, WriteRows(entity, g.Key, g.Select(r => r.Row), write)))
            .ToList();

    private static byte[] Serialize<T>(IEnumerable<T> rows, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var row in rows)
        {
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                write(writer, row);
                writer.WriteEndObject();
            }

            buffer.Write("\n"u8);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void WriteCustomer(Utf8JsonWriter w, Customer c)
    {
        w.WriteNumber("customer_key", c.CustomerKey);
        w.WriteString("name", c.Name);
        w.WriteString("gender", c.Gender);
        w.WriteString("birthday", Day(c.Birthday));
        w.WriteString("city", c.City);
        w.WriteString("state", c.State);
        w.WriteString("country", c.Country);
        w.WriteString("continent", c.Continent);
        w.WriteString("changed_at", Time(c.ChangedAt));
    }

    public static void WriteProduct(Utf8JsonWriter w, Product p)
    {
        w.WriteNumber("product_key", p.ProductKey);
        w.WriteString("name", p.Name);
        w.WriteString("brand", p.Brand);
        w.WriteString("color", p.Color);
        w.WriteString("category", p.Category);
        w.WriteString("subcategory", p.Subcategory);
        w.WriteNumber("unit_cost_usd", p.UnitCostUsd);
        w.WriteNumber("unit_price_usd", p.UnitPriceUsd);
    }

    public static void WriteStore(Utf8JsonWriter w, Store s)
    {
        w.WriteNumber("store_key", s.StoreKey);
        w.WriteString("name", s.Name);
        w.WriteString("country", s.Country);
        w.WriteString("state", s.State);
        if (s.SquareMeters is { } area)
        {
            w.WriteNumber("square_meters", area);
        }
        else
        {
            w.WriteNull("square_meters");
        }

        w.WriteString("open_date", Day(s.OpenDate));
        w.WriteBoolean("is_online", s.IsOnline);
    }

    public static void WriteRate(Utf8JsonWriter w, ExchangeRate r)
    {
        w.WriteString("date", Day(r.Date));
        w.WriteString("currency", r.Currency);
        w.WriteNumber("rate_to_usd", r.RateToUsd);
    }

    public static void WriteOrder(Utf8JsonWriter w, OrderRow o)
    {
        w.WriteNumber("order_number", o.OrderNumber);
        w.WriteString("order_date", Day(o.OrderDate));
        if (o.DeliveryDate is { } delivered)
        {
            w.WriteString("delivery_date", Day(delivered));
        }
        else
        {
            w.WriteNull("delivery_date");
        }

        w.WriteNumber("customer_key", o.CustomerKey);
        w.WriteNumber("store_key", o.StoreKey);
        w.WriteString("channel", Enum(o.Channel.ToString()));
        w.WriteString("currency_code", o.CurrencyCode);
        w.WriteString("payment_method", Enum(o.PaymentMethod.ToString()));
        w.WriteString("status", Enum(o.Status.ToString()));
        w.WriteString("updated_at", Time(o.UpdatedAt));
    }

    public static void WriteLine(Utf8JsonWriter w, OrderLineRow l)
    {
        w.WriteNumber("order_number", l.OrderNumber);
        w.WriteNumber("line_number", l.LineNumber);
        w.WriteNumber("product_key", l.ProductKey);
        w.WriteNumber("quantity", l.Quantity);
        w.WriteNumber("unit_price", l.UnitPrice);
        w.WriteString("updated_at", Time(l.UpdatedAt));
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Enum(string name) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(name);
}
