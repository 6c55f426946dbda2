namespace TechShop.Infra.Platform;

/// <summary>The parts of the platform the dashboard and alarms watch.</summary>
public sealed record ObservedPlatform(Functions Functions, Lake Lake, Streaming Streaming, StreamEventSources EventSources, BronzeNotifications BronzeNotifications);
