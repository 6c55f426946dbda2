namespace TechShop.Local.Clock;

/// <summary>One firing of a rule: the fields of the EventBridge Scheduled Event it stands for.</summary>
public sealed record ScheduledTick(Guid Id, ScheduleRule Rule, DateTime Time, string RuleArn, string Account, string Region);
