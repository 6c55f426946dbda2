using TechShop.Lambda.Runtime;
using TechShop.Lambda.TestFunction;

return await LambdaBootstrap.RunAsync(TestHandlers.Catalog());
