namespace TechShop.Lake;

/// <summary>Settings of the S3 lake; every property documents its default and where it is read from.</summary>
public sealed record S3LakeOptions
{
    /// <summary>The lake bucket (<c>TECHSHOP_LAKE_BUCKET</c>). Required.</summary>
    public required string Bucket { get; init; }

    /// <summary>
    /// An S3-compatible endpoint, such as LocalStack's <c>http://localhost:4566</c>. Default: <c>AWS_ENDPOINT_URL_S3</c>,
    /// else <c>AWS_ENDPOINT_URL</c>, else none (the regional AWS endpoint).
    /// </summary>
    public Uri? ServiceUrl { get; init; }

    /// <summary>Path-style addressing (<c>endpoint/bucket/key</c>). Default: true whenever <see cref="ServiceUrl"/> is set.</summary>
    public bool? ForcePathStyle { get; init; }

    /// <summary>The AWS region. Default: <c>AWS_REGION</c>, else the SDK's region chain.</summary>
    public string? Region { get; init; }

    /// <summary>Objects at least this large are uploaded in parts. Default: 16 MiB (S3's minimum part is 5 MiB).</summary>
    public long MultipartThresholdBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Reads the options from the environment variables named above.</summary>
    public static S3LakeOptions FromEnvironment(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var bucket = getVariable("TECHSHOP_LAKE_BUCKET");
        if (string.IsNullOrWhiteSpace(bucket))
        {
            throw new InvalidOperationException("TECHSHOP_LAKE_BUCKET is not set: it must name the lake bucket.");
        }

        var endpoint = getVariable("AWS_ENDPOINT_URL_S3") ?? getVariable("AWS_ENDPOINT_URL");
        Uri? serviceUrl = null;
        if (!string.IsNullOrWhiteSpace(endpoint) && !Uri.TryCreate(endpoint, UriKind.Absolute, out serviceUrl))
        {
            throw new InvalidOperationException($"AWS_ENDPOINT_URL '{endpoint}' is not an absolute URL such as http://localhost:4566.");
        }

        return new S3LakeOptions { Bucket = bucket, ServiceUrl = serviceUrl, Region = getVariable("AWS_REGION") };
    }
}
