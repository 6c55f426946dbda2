using TechShop.Core.Domain;
using TechShop.Core.Enrichment;
using TechShop.Core.Realtime;

namespace TechShop.Core.Streaming;

/// <summary>
/// Processes one batch of raw Kafka records: decodes them; applies fx rates first (to the rate table and the store),
/// upserts customers, enriches orders and upserts their rows grouped per table partition; dead-letters the records
/// that can never succeed; retries transient store failures with jittered backoff and, when one persists, reports
/// the first failed offset of the partition, leaving it and everything after it there for redelivery.
/// One batch at a time per instance (the rate table is not shared across threads).
/// </summary>
public sealed class StreamBatchProcessor
{
    private readonly IStreamRecordDecoder _decoder;
    private readonly IRealtimeStore _store;
    private readonly IDeadLetterSink _deadLetters;
    private readonly FxRateTable _rates;
    private readonly OrderEnricher _enricher;
    private readonly TimeProvider _clock;
    private readonly Backoff _backoff;
    private readonly StreamBatchOptions _options;

    /// <param name="decoder">Record values to domain values.</param>
    /// <param name="store">The realtime tables.</param>
    /// <param name="deadLetters">Where records that can never succeed go.</param>
    /// <param name="rates">The rate table, kept across batches; filled from fx-rate events and from the store on a miss.</param>
    /// <param name="clock">The processing time for lags; default <see cref="TimeProvider.System"/>.</param>
    /// <param name="backoff">How transient failures are retried; default from <paramref name="options"/>.</param>
    /// <param name="options">Retry, chunking and concurrency settings.</param>
    public StreamBatchProcessor(
        IStreamRecordDecoder decoder,
        IRealtimeStore store,
        IDeadLetterSink deadLetters,
        FxRateTable rates,
        TimeProvider? clock = null,
        Backoff? backoff = null,
        StreamBatchOptions? options = null)
    {
        _decoder = decoder ?? throw new ArgumentNullException(nameof(decoder));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _deadLetters = deadLetters ?? throw new ArgumentNullException(nameof(deadLetters));
        _rates = rates ?? throw new ArgumentNullException(nameof(rates));
        _enricher = new OrderEnricher(rates);
        _clock = clock ?? TimeProvider.System;
        _options = options ?? StreamBatchOptions.Default;
        _options.Validate();
        _backoff = backoff ?? new Backoff(_options.Retry);
    }

    /// <summary>Processes a batch (records of each partition in offset order); see the type summary.</summary>
    public async Task<StreamBatchOutcome> ProcessAsync(IReadOnlyList<StreamRecord> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var processedAt = _clock.GetUtcNow().UtcDateTime;
        var ledger = new BatchLedger(batch);
        var decoded = await DecodeAsync(ledger, cancellationToken);

        await WriteExchangeRatesAsync(ledger, decoded, cancellationToken);
        await WriteCustomersAsync(ledger, decoded, cancellationToken);
        var orders = await WriteOrdersAsync(ledger, decoded, processedAt, cancellationToken);
        await WriteDeadLettersAsync(ledger, cancellationToken);
        return BatchTally.Outcome(ledger, decoded, orders);
    }

    private async Task<DecodedRecord[]> DecodeAsync(BatchLedger ledger, CancellationToken cancellationToken)
    {
        var decoded = new DecodedRecord[ledger.Batch.Count];
        for (var i = 0; i < decoded.Length; i++)
        {
            var record = ledger.Batch[i];
            if (!Topics.All.Contains(record.Topic, StringComparer.Ordinal))
            {
                ledger.PlanDeadLetter(i, BadRecordKind.UnknownTopic,
                    $"Record of topic '{record.Topic}'; expected one of {string.Join(", ", Topics.All)}.");
                continue;
            }

            if (record.Value.IsEmpty)
            {
                ledger.PlanDeadLetter(i, BadRecordKind.TruncatedBytes,
                    "Record has no value (a tombstone or empty bytes); expected a Confluent-framed Avro value of at least 5 bytes.");
                continue;
            }

            try
            {
                decoded[i] = await _decoder.DecodeAsync(record.Topic, record.Value, cancellationToken);
                if (decoded[i].Kind == DecodedKind.Failure)
                {
                    ledger.PlanDeadLetter(i, decoded[i].Failure, decoded[i].Detail ?? decoded[i].Failure.ToString());
                }
            }
            catch (BadRecordException ex)
            {
                ledger.PlanDeadLetter(i, ex.Kind, ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Not known to be permanent (a registry that cannot be reached): redeliver rather than dead-letter.
                ledger.Fail(i);
            }
        }

        return decoded;
    }

    private async Task WriteExchangeRatesAsync(BatchLedger ledger, DecodedRecord[] decoded, CancellationToken cancellationToken)
    {
        var plan = new WritePlan<ExchangeRate, string, (string Currency, DateOnly Date)>(
            0, static r => r.Currency, static r => (r.Currency, r.Date));
        for (var i = 0; i < decoded.Length; i++)
        {
            if (decoded[i].ExchangeRate is not { } rate || ledger.IsBlocked(i))
            {
                continue;
            }

            if (!Currencies.IsSupported(rate.Currency))
            {
                ledger.PlanDeadLetter(i, BadRecordKind.UnknownCurrency,
                    $"Exchange rate for currency '{rate.Currency}'; expected one of {string.Join(", ", Currencies.Supported)}.");
            }
            else if (rate.RateToUsd <= 0m)
            {
                ledger.PlanDeadLetter(i, BadRecordKind.InvalidExchangeRate,
                    $"Exchange rate {rate.Currency} on {rate.Date:yyyy-MM-dd} is {rate.RateToUsd}; expected a positive USD rate.");
            }
            else
            {
                _rates.Set(rate);
                plan.Add(rate, i);
            }
        }

        var units = new List<WriteUnit>();
        plan.AddUnits(units, _store.UpsertExchangeRatesAsync, _options.MaxRowsPerWrite);
        await RunAsync(ledger, units, cancellationToken);
    }

    private async Task WriteCustomersAsync(BatchLedger ledger, DecodedRecord[] decoded, CancellationToken cancellationToken)
    {
        var plan = new WritePlan<Customer, int, int>(0, static c => c.CustomerKey, static c => c.CustomerKey);
        for (var i = 0; i < decoded.Length; i++)
        {
            if (decoded[i].Customer is { } customer && !ledger.IsBlocked(i))
            {
                plan.Add(customer, i);
            }
        }

        var units = new List<WriteUnit>();
        plan.AddUnits(units, _store.UpsertCustomersAsync, _options.MaxRowsPerWrite);
        await RunAsync(ledger, units, cancellationToken);
    }

    private async Task<EnrichedOrder?[]> WriteOrdersAsync(
        BatchLedger ledger, DecodedRecord[] decoded, DateTime processedAt, CancellationToken cancellationToken)
    {
        var enriched = new EnrichedOrder?[decoded.Length];
        await LoadMissingRatesAsync(ledger, decoded, cancellationToken);

        var events = new WritePlan<OrderEventRow, (DateTime Hour, int Shard), (DateTime Time, long Order, OrderStatus Status)>(
            decoded.Length, static e => (e.EventHour, e.Shard), static e => (e.EventTime, e.OrderNumber, e.Status));
        var revenue = new WritePlan<OrderRevenueRow, (DateOnly Date, int Shard), long>(
            decoded.Length, static o => (o.OrderDate, o.Shard), static o => o.OrderNumber, RealtimeAggregates.Merge);
        var items = new WritePlan<OrderItemRow, (DateOnly Date, int Shard), (int Product, long Order, int Line)>(
            decoded.Length, static l => (l.OrderDate, l.Shard), static l => (l.ProductKey, l.OrderNumber, l.LineNumber));
        var alerts = new WritePlan<OrderAlertRow, (DateOnly Date, int Shard), (DateTime Time, long Order, OrderStatus Status)>(
            0, static a => (a.AlertDate, a.Shard), static a => (a.EventTime, a.OrderNumber, a.Status));
        for (var i = 0; i < decoded.Length; i++)
        {
            if (decoded[i].Order is not { } order || ledger.IsBlocked(i))
            {
                continue;
            }

            var result = _enricher.Enrich(order, ledger.Batch[i].Timestamp, processedAt);
            if (!result.IsSuccess)
            {
                ledger.PlanDeadLetter(i, result.Failure, result.Detail ?? result.Failure.ToString());
                continue;
            }

            enriched[i] = result.Order;
            var rows = OrderRows.From(result.Order!);
            events.Add(rows.Event, i);
            revenue.Add(rows.Revenue, i);
            foreach (var item in rows.Items)
            {
                items.Add(item, i);
            }

            if (rows.Alert is { } alert)
            {
                alerts.Add(alert, i);
            }
        }

        var units = new List<WriteUnit>();
        var max = _options.MaxRowsPerWrite;
        events.AddUnits(units, _store.UpsertOrderEventsAsync, max);
        revenue.AddUnits(units, _store.UpsertOrderRevenueAsync, max);
        items.AddUnits(units, _store.UpsertOrderItemsAsync, max);
        alerts.AddUnits(units, _store.UpsertOrderAlertsAsync, max);
        await RunAsync(ledger, units, cancellationToken);

        await WriteLagAsync(ledger, enriched, processedAt, cancellationToken);
        return enriched;
    }

    // After a cold start the rate table is empty: rates that arrived in earlier batches are read from the store.
    private async Task LoadMissingRatesAsync(BatchLedger ledger, DecodedRecord[] decoded, CancellationToken cancellationToken)
    {
        var missing = new Dictionary<(string Currency, DateOnly Date), List<int>>();
        for (var i = 0; i < decoded.Length; i++)
        {
            if (decoded[i].Order is { } order && !ledger.IsBlocked(i) && Currencies.IsSupported(order.CurrencyCode)
                && !_rates.Contains(order.CurrencyCode, order.OrderDate))
            {
                var key = (order.CurrencyCode, order.OrderDate);
                if (!missing.TryGetValue(key, out var sources))
                {
                    missing.Add(key, sources = []);
                }

                sources.Add(i);
            }
        }

        foreach (var ((currency, date), sources) in missing)
        {
            ExchangeRate? stored = null;
            try
            {
                await _backoff.RunAsync(
                    async ct => stored = await _store.GetExchangeRateAsync(currency, date, ct),
                    static ex => ex is TransientStoreException,
                    cancellationToken);
            }
            catch (TransientStoreException)
            {
                ledger.Fail(sources);
                continue;
            }

            if (stored is { RateToUsd: > 0m })
            {
                _rates.Set(stored);
            }
        }
    }

    private async Task WriteLagAsync(BatchLedger ledger, EnrichedOrder?[] enriched, DateTime processedAt, CancellationToken cancellationToken)
    {
        var plan = new WritePlan<ProcessingLagRow, DateTime, (DateTime First, string Topic, int Partition, long Offset)>(
            0, static r => r.LagHour, static r => (r.FirstRecordTime, r.Topic, r.KafkaPartition, r.FirstOffset));
        LagRows.AddTo(plan, ledger, enriched, processedAt);
        var units = new List<WriteUnit>();
        plan.AddUnits(units, _store.UpsertProcessingLagAsync, _options.MaxRowsPerWrite);
        await RunAsync(ledger, units, cancellationToken);
    }

    private async Task WriteDeadLettersAsync(BatchLedger ledger, CancellationToken cancellationToken)
    {
        // In offset order per partition: once a dead letter cannot be stored, the rest of its partition waits.
        for (var i = 0; i < ledger.Batch.Count; i++)
        {
            if (ledger.DeadLetterOf(i) is not { } plan || ledger.IsBlocked(i))
            {
                continue;
            }

            try
            {
                var letter = new DeadLetter(ledger.Batch[i], plan.Reason, plan.Detail);
                await _backoff.RunAsync(ct => _deadLetters.WriteAsync(letter, ct),
                    ex => ex is not OperationCanceledException, cancellationToken);
                ledger.MarkDeadLettered(i);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ledger.Fail(i);
            }
        }
    }

    // Up to MaxConcurrentWrites store calls in flight. A call that completes synchronously (an embedded store) is
    // not handed to the thread pool: the next one starts on the same thread.
    private async Task RunAsync(BatchLedger ledger, List<WriteUnit> units, CancellationToken cancellationToken)
    {
        var inFlight = new List<Task>(_options.MaxConcurrentWrites);
        foreach (var unit in units)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A unit whose records all wait for redelivery is skipped; a partly blocked one is written whole (idempotent).
            if (ledger.AllBlocked(unit.Sources))
            {
                continue;
            }

            var write = WriteAsync(ledger, unit, cancellationToken);
            if (write.IsCompletedSuccessfully)
            {
                continue;
            }

            // Anything but a transient store failure (those WriteAsync absorbs) ends the batch: let the calls in flight end, then throw.
            inFlight.Add(write);
            if (write.IsCompleted)
            {
                break;
            }

            if (inFlight.Count >= _options.MaxConcurrentWrites)
            {
                var done = await Task.WhenAny(inFlight);
                if (!done.IsCompletedSuccessfully)
                {
                    break;
                }

                inFlight.Remove(done);
            }
        }

        await Task.WhenAll(inFlight);
    }

    private async Task WriteAsync(BatchLedger ledger, WriteUnit unit, CancellationToken cancellationToken)
    {
        try
        {
            await _backoff.RunAsync(unit.Write, static ex => ex is TransientStoreException, cancellationToken);
        }
        catch (TransientStoreException)
        {
            ledger.Fail(unit.Sources);
        }
    }
}
