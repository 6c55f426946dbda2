namespace TechShop.Avro.Registry;

/// <summary>Settings of <see cref="SchemaRegistryClient"/>; each property documents its default.</summary>
public sealed class SchemaRegistryClientOptions
{
    /// <summary>Base URL of the registry, e.g. <c>http://127.0.0.1:8081</c> (env TECHSHOP_SCHEMA_REGISTRY_URL). Required.</summary>
    public Uri? Url { get; set; }

    /// <summary>Timeout of one HTTP attempt. Default 10 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt on 5xx, 429 and transport errors. Default 4.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>Backoff before the first retry; doubles each retry, with jitter. Default 100 ms.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Upper bound of one backoff. Default 5 s.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Fails fast, naming the setting, when a value cannot work.</summary>
    public void Validate()
    {
        if (Url is null || !Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"SchemaRegistryClientOptions.Url must be an absolute http(s) URL, was '{Url}'.", nameof(Url));
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"SchemaRegistryClientOptions.RequestTimeout must be positive, was {RequestTimeout}.", nameof(RequestTimeout));
        }

        if (MaxRetries < 0)
        {
            throw new ArgumentException($"SchemaRegistryClientOptions.MaxRetries must be 0 or more, was {MaxRetries}.", nameof(MaxRetries));
        }

        if (InitialBackoff < TimeSpan.Zero || MaxBackoff < InitialBackoff)
        {
            throw new ArgumentException($"SchemaRegistryClientOptions backoff must satisfy 0 <= InitialBackoff ({InitialBackoff}) <= MaxBackoff ({MaxBackoff}).", nameof(InitialBackoff));
        }
    }
}
