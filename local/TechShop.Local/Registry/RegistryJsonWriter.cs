using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TechShop.Avro.Registry;

namespace TechShop.Local.Registry;

/// <summary>Writes the registry's JSON answers with Utf8JsonWriter (the shapes of Confluent's REST API, no reflection).</summary>
internal static class RegistryJsonWriter
{
    public const string ContentType = "application/vnd.schemaregistry.v1+json";

    public static Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        return context.Response.Body.WriteAsync(buffer.ToArray()).AsTask();
    }

    public static Task Error(HttpContext context, RegistryErrorException error) => WriteAsync(context, error.StatusCode, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("error_code", error.ErrorCode);
        json.WriteString("message", error.Message);
        json.WriteEndObject();
    });

    public static Task Id(HttpContext context, int id) => WriteAsync(context, 200, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("id", id);
        json.WriteEndObject();
    });

    public static Task Registered(HttpContext context, RegisteredSchema schema) => WriteAsync(context, 200, json =>
    {
        json.WriteStartObject();
        json.WriteString("subject", schema.Subject);
        json.WriteNumber("id", schema.Id);
        json.WriteNumber("version", schema.Version);
        json.WriteString("schema", schema.Schema);
        json.WriteEndObject();
    });
}
