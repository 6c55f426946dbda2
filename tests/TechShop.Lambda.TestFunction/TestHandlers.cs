using TechShop.Lambda.Hosting;

namespace TechShop.Lambda.TestFunction;

/// <summary>The test-only handlers of this bootstrap.</summary>
public static class TestHandlers
{
    public static LambdaHandlerCatalog Catalog() => new LambdaHandlerCatalog()
        .Register(EchoHandler.HandlerName, () => new EchoHandler())
        .Register(FailingHandler.HandlerName, () => new FailingHandler())
        .Register(KafkaCountHandler.HandlerName, () => new KafkaCountHandler());
}
