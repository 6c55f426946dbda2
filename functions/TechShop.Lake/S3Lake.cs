using System.Net;
using System.Runtime.CompilerServices;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
using TechShop.Core.Lake;

namespace TechShop.Lake;

/// <summary>The lake on Amazon S3 (or any S3-compatible endpoint such as LocalStack) through AWSSDK.S3.</summary>
public sealed class S3Lake : ILake, IDisposable
{
    private readonly IAmazonS3 _s3;
    private readonly bool _ownsClient;
    private readonly S3LakeOptions _options;

    public S3Lake(S3LakeOptions options)
        : this(options, CreateClient(options), ownsClient: true)
    {
    }

    public S3Lake(S3LakeOptions options, IAmazonS3 client)
        : this(options, client, ownsClient: false)
    {
    }

    private S3Lake(S3LakeOptions options, IAmazonS3 client, bool ownsClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Bucket);
        _options = options;
        _s3 = client;
        _ownsClient = ownsClient;
    }

    public string Bucket => _options.Bucket;

    /// <summary>Builds the S3 client the options describe, with the default AWS credential chain.</summary>
    public static IAmazonS3 CreateClient(S3LakeOptions options, AWSCredentials? credentials = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new AmazonS3Config();
        if (options.Region is { Length: > 0 } region)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        if (options.ServiceUrl is { } url)
        {
            config.ServiceURL = url.ToString();
            config.ForcePathStyle = options.ForcePathStyle ?? true;
            config.AuthenticationRegion = options.Region ?? "us-east-1";
            // S3-compatible endpoints (LocalStack, test servers) do not all accept aws-chunked trailing checksums.
            config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        }
        else if (options.ForcePathStyle is { } pathStyle)
        {
            config.ForcePathStyle = pathStyle;
        }

        return credentials is null ? new AmazonS3Client(config) : new AmazonS3Client(credentials, config);
    }

    public async Task<LakeObjectInfo> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek && content.Length - content.Position >= _options.MultipartThresholdBytes)
        {
            return await PutMultipartAsync(key, content, contentType, cancellationToken);
        }

        var response = await _s3.PutObjectAsync(
            new PutObjectRequest { BucketName = Bucket, Key = key, InputStream = content, ContentType = contentType, AutoCloseStream = false },
            cancellationToken);
        var size = content.CanSeek ? content.Length : -1;
        return new LakeObjectInfo(key, size, Unquote(response.ETag));
    }

    public async Task<LakeObject?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await _s3.GetObjectAsync(new GetObjectRequest { BucketName = Bucket, Key = key }, cancellationToken);
            using var buffer = new MemoryStream(response.ContentLength > 0 ? (int)Math.Min(response.ContentLength, int.MaxValue) : 0);
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
            return new LakeObject(new LakeObjectInfo(key, buffer.Length, Unquote(response.ETag)), buffer.ToArray());
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<LakeObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = new ListObjectsV2Request { BucketName = Bucket, Prefix = prefix };
        do
        {
            var response = await _s3.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in response.S3Objects ?? [])
            {
                yield return new LakeObjectInfo(item.Key, item.Size ?? 0, Unquote(item.ETag));
            }

            request.ContinuationToken = response.IsTruncated == true ? response.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);
    }

    public async Task MoveAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default)
    {
        await _s3.CopyObjectAsync(
            new CopyObjectRequest { SourceBucket = Bucket, SourceKey = sourceKey, DestinationBucket = Bucket, DestinationKey = destinationKey },
            cancellationToken);
        await _s3.DeleteObjectAsync(new DeleteObjectRequest { BucketName = Bucket, Key = sourceKey }, cancellationToken);
    }

    public void Dispose()
    {
        if (_ownsClient)
        {
            _s3.Dispose();
        }
    }

    private async Task<LakeObjectInfo> PutMultipartAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var size = content.Length - content.Position;
        using var transfer = new TransferUtility(_s3, new TransferUtilityConfig { MinSizeBeforePartUpload = _options.MultipartThresholdBytes });
        await transfer.UploadAsync(
            new TransferUtilityUploadRequest { BucketName = Bucket, Key = key, InputStream = content, ContentType = contentType, AutoCloseStream = false },
            cancellationToken);
        var head = await _s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = Bucket, Key = key }, cancellationToken);
        return new LakeObjectInfo(key, size, Unquote(head.ETag));
    }

    private static string Unquote(string? etag) => etag is null ? string.Empty : etag.Trim('"');
}
