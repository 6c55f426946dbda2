namespace TechShop.Lambda.Events.Scheduled;

/// <summary>The <c>detail</c> of a scheduled event: always the empty object.</summary>
public sealed record ScheduledEventDetail;
