using TechShop.Core.Domain;

namespace TechShop.Core.Realtime;

/// <summary>Orders placed with one payment method in a time window, and their gross revenue.</summary>
public sealed record PaymentMix(PaymentMethod PaymentMethod, int Orders, decimal RevenueUsd);
