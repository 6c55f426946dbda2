namespace TechShop.Snowflake.Tests;

/// <summary>What the fake server answers: status, JSON body, optionally gzip-compressed or delayed past the client's timeout.</summary>
internal sealed record Reply(int Status, string Body = "", bool Gzip = false, TimeSpan? Delay = null);
