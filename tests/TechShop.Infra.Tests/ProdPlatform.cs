namespace TechShop.Infra.Tests;

/// <summary>The prod profile in a known account and region, with KMS, PITR, the registry on Fargate and an alarm e-mail.</summary>
public sealed class ProdPlatform : SynthesizedPlatform
{
    public const string SnowflakeUserArn = "arn:aws:iam::123456789012:user/abc1-s-v2st1234";

    public ProdPlatform()
        : base(new Dictionary<string, object>
        {
            ["env"] = "prod",
            ["techshop:schemaRegistry"] = "fargate",
            ["techshop:alarmEmail"] = "data-oncall@techshop.example",
            ["techshop:snowflakeIamUserArn"] = SnowflakeUserArn,
            ["techshop:silverSchedule"] = "cron(5 * * * ? *)",
            // Context lookups are answered here, as cdk.context.json would after a first synth with credentials.
            ["availability-zones:account=111122223333:region=eu-west-1"] = new[] { "eu-west-1a", "eu-west-1b", "eu-west-1c" },
        }, new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-west-1" })
    {
    }
}
