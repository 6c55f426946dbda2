namespace TechShop.Core.Realtime;

/// <summary>
/// A row of <c>processing_lag</c>: the lag of one topic-partition slice of a batch, keyed
/// ((lag_hour), first_record_time, topic, kafka_partition, first_offset); lags in milliseconds.
/// </summary>
public sealed record ProcessingLagRow(
    DateTime LagHour,
    DateTime FirstRecordTime,
    string Topic,
    int KafkaPartition,
    long FirstOffset,
    long LastOffset,
    int Records,
    long EventLagP50Ms,
    long EventLagP99Ms,
    long KafkaLagP50Ms,
    long KafkaLagP99Ms,
    DateTime ProcessedAt);
