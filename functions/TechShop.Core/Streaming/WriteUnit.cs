namespace TechShop.Core.Streaming;

/// <summary>One store call: rows of one table partition, and the batch records they came from.</summary>
internal sealed record WriteUnit(Func<CancellationToken, Task> Write, IReadOnlyList<int> Sources);
