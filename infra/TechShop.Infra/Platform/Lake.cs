using Amazon.CDK;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.S3;
using Constructs;
using TechShop.Core.Lake;
using TechShop.Infra.Configuration;

namespace TechShop.Infra.Platform;

/// <summary>
/// The S3 lake (raw/, quarantine/, dead-letter/) and the bucket where the Kafka event source mappings leave
/// batches they gave up on; both private, encrypted, TLS-only and versioned.
/// </summary>
public sealed class Lake : Construct
{
    /// <summary>Both raw areas (raw/batch/ and raw/stream/ of LakeKey): what bronze-load and Snowflake read.</summary>
    public const string RawPrefix = "raw/";

    /// <summary>Request-metrics filter id counting dead-letter writes (the dead-letter alarm reads it).</summary>
    public const string DeadLetterMetricsId = "dead-letter";

    /// <summary>Request-metrics filter id counting every object the mappings write on failure.</summary>
    public const string FailedBatchesMetricsId = "failed-batches";

    public Lake(Construct scope, string id, PlatformSettings settings) : base(scope, id)
    {
        var removal = settings.RetainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
        if (settings.LakeKmsEncryption)
        {
            Key = new Key(this, "Key", new KeyProps
            {
                Description = "TechShop lake encryption",
                EnableKeyRotation = true,
                RemovalPolicy = removal,
            });
        }

        Bucket = new Bucket(this, "Bucket", Private(removal, new BucketProps
        {
            AutoDeleteObjects = false,
            Metrics = [new BucketMetrics { Id = DeadLetterMetricsId, Prefix = LakeKey.DeadLetterPrefix }],
            LifecycleRules =
            [
                new LifecycleRule
                {
                    Id = "raw-to-cheaper-storage",
                    Prefix = RawPrefix,
                    Transitions =
                    [
                        new Transition { StorageClass = StorageClass.INFREQUENT_ACCESS, TransitionAfter = Duration.Days(settings.RawInfrequentAccessDays) },
                        new Transition { StorageClass = StorageClass.GLACIER, TransitionAfter = Duration.Days(settings.RawGlacierDays) },
                    ],
                },
                new LifecycleRule { Id = "dead-letter-expiry", Prefix = LakeKey.DeadLetterPrefix, Expiration = Duration.Days(settings.DeadLetterExpiryDays) },
                new LifecycleRule { Id = "quarantine-expiry", Prefix = LakeKey.QuarantinePrefix, Expiration = Duration.Days(settings.QuarantineExpiryDays) },
                new LifecycleRule
                {
                    Id = "old-versions-and-uploads",
                    NoncurrentVersionExpiration = Duration.Days(30),
                    AbortIncompleteMultipartUploadAfter = Duration.Days(7),
                },
            ],
        }));

        // The mappings' S3 destination writes under a key scheme Lambda owns (aws/lambda/<mapping>/...), so it gets its own bucket.
        FailedBatches = new Bucket(this, "FailedBatches", Private(removal, new BucketProps
        {
            Metrics = [new BucketMetrics { Id = FailedBatchesMetricsId }],
            LifecycleRules =
            [
                new LifecycleRule { Id = "failed-batches-expiry", Expiration = Duration.Days(settings.DeadLetterExpiryDays), NoncurrentVersionExpiration = Duration.Days(30) },
            ],
        }));
    }

    // What both buckets share: private, encrypted with the lake's key (or S3-managed), TLS-only, versioned, owner-enforced.
    private BucketProps Private(RemovalPolicy removal, BucketProps props)
    {
        props.BlockPublicAccess = BlockPublicAccess.BLOCK_ALL;
        props.Encryption = Key is null ? BucketEncryption.S3_MANAGED : BucketEncryption.KMS;
        props.EncryptionKey = Key;
        props.BucketKeyEnabled = Key is not null;
        props.EnforceSSL = true;
        props.Versioned = true;
        props.ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED;
        props.RemovalPolicy = removal;
        return props;
    }

    /// <summary>The lake bucket (TECHSHOP_LAKE_BUCKET).</summary>
    public Bucket Bucket { get; }

    /// <summary>The on-failure destination of the Kafka event source mappings.</summary>
    public Bucket FailedBatches { get; }

    /// <summary>The customer managed key, when the lake uses KMS encryption.</summary>
    public Key? Key { get; }
}
