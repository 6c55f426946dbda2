using System.Text.Json.Serialization.Metadata;
using TechShop.Lambda.Events.S3;
using TechShop.Lambda.Serialization;

namespace TechShop.Lambda.Hosting;

/// <summary>A handler of S3 event notifications; <typeparamref name="TResponse"/> is what it reports back.</summary>
public abstract class S3EventHandler<TResponse> : LambdaHandler<S3Event, TResponse>
{
    protected S3EventHandler(JsonTypeInfo<TResponse> responseType)
        : base(LambdaJsonContext.Default.S3Event, responseType, "an S3 event notification")
    {
    }
}
