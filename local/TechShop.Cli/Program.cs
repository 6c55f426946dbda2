using System.CommandLine;

var root = new RootCommand("techshop: the TechShop data platform on one machine");
return await root.Parse(args).InvokeAsync();
