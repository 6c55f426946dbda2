using TechShop.Avro.Archive;
using TechShop.Core.Domain;

namespace TechShop.Avro.Tests.Support;

/// <summary>Value equality for records holding lists or arrays (record equality compares those by reference).</summary>
internal static class Same
{
    public static void Order(OrderEvent expected, OrderEvent actual)
    {
        Assert.Equal(expected with { Lines = [] }, actual with { Lines = [] });
        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal(DateTimeKind.Utc, actual.EventTime.Kind);
    }

    public static void KafkaRecord(ArchivedKafkaRecord expected, ArchivedKafkaRecord actual)
    {
        Assert.Equal(expected with { Key = null, Value = null, Headers = [] }, actual with { Key = null, Value = null, Headers = [] });
        Assert.Equal(expected.Key, actual.Key);
        Assert.Equal(expected.Value, actual.Value);
        Assert.Equal(expected.Headers.Count, actual.Headers.Count);
        for (var i = 0; i < expected.Headers.Count; i++)
        {
            Assert.Equal(expected.Headers[i].Key, actual.Headers[i].Key);
            Assert.Equal(expected.Headers[i].Value, actual.Headers[i].Value);
        }
    }
}
