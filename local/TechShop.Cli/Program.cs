using TechShop.Cli.Infrastructure;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await TechShopCli.RunAsync(args, CliContext.ForProcess(), cancellation.Token);
