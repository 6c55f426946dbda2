using TechShop.Functions;
using TechShop.Lambda.Runtime;

// The one Native AOT bootstrap of provided.al2023: _HANDLER picks the handler from the catalogue.
return await LambdaBootstrap.RunAsync(FunctionCatalog.Create());
