using System.CommandLine;

var root = new RootCommand("techshop: the TechShop data platform on one machine");
root.Subcommands.Add(TechShop.Cli.Commands.SqlCommand.Create());
return await root.Parse(args).InvokeAsync();
