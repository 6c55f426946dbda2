using TechShop.Core.Domain;

namespace TechShop.Core.Streaming;

/// <summary>
/// The result of decoding one record value: an <see cref="OrderEvent"/>, a <see cref="Domain.Customer"/>, an
/// <see cref="Domain.ExchangeRate"/>, or a permanent failure with its <see cref="BadRecordKind"/> and a detail that
/// names what was found and what was expected.
/// </summary>
public readonly record struct DecodedRecord
{
    private DecodedRecord(DecodedKind kind, object? value, BadRecordKind failure, string? detail)
    {
        Kind = kind;
        Value = value;
        Failure = failure;
        Detail = detail;
    }

    public DecodedKind Kind { get; }

    /// <summary>The decoded value, or null for a failure.</summary>
    public object? Value { get; }

    public BadRecordKind Failure { get; }

    public string? Detail { get; }

    public OrderEvent? Order => Value as OrderEvent;

    public Customer? Customer => Value as Customer;

    public ExchangeRate? ExchangeRate => Value as ExchangeRate;

    public static DecodedRecord Of(OrderEvent order) =>
        new(DecodedKind.Order, order ?? throw new ArgumentNullException(nameof(order)), BadRecordKind.None, null);

    public static DecodedRecord Of(Customer customer) =>
        new(DecodedKind.Customer, customer ?? throw new ArgumentNullException(nameof(customer)), BadRecordKind.None, null);

    public static DecodedRecord Of(ExchangeRate rate) =>
        new(DecodedKind.ExchangeRate, rate ?? throw new ArgumentNullException(nameof(rate)), BadRecordKind.None, null);

    /// <summary>A record that can never be decoded; it is dead-lettered with <paramref name="failure"/> as its reason.</summary>
    public static DecodedRecord Fail(BadRecordKind failure, string detail) =>
        failure == BadRecordKind.None
            ? throw new ArgumentException("A decode failure needs a kind other than None.", nameof(failure))
            : new(DecodedKind.Failure, null, failure, detail);
}
