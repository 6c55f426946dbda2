using System.Text.Json;

namespace TechShop.Infra.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ObservabilityTests
{
    private readonly DevPlatform _dev;
    private readonly ProdPlatform _prod;

    public ObservabilityTests(DevPlatform dev, ProdPlatform prod) => (_dev, _prod) = (dev, prod);

    private static JsonElement[] Alarms(SynthesizedPlatform platform) =>
        platform.Resources("AWS::CloudWatch::Alarm").Values.Select(a => a.GetProperty("Properties")).ToArray();

    private static Dictionary<string, string> Dimensions(JsonElement alarm) =>
        alarm.GetProperty("Dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("Name").GetString()!, d => Cfn.Render(d.GetProperty("Value")));

    [Fact]
    public void EveryAlarm_ShouldNotifyTheAlarmTopic()
    {
        var topic = "${" + _dev.LogicalId("Observability/Alarms") + "}";

        Assert.Equal(15, Alarms(_dev).Length);
        Assert.All(Alarms(_dev), a => Assert.Equal([topic], a.GetProperty("AlarmActions").EnumerateArray().Select(Cfn.Render)));
    }

    [Fact]
    public void ErrorAlarms_ShouldWatchEveryFunction() =>
        Assert.Equal(
            new[] { "stream-enrich", "stream-archive", "bronze-load", "silver-build", "gold-build" }.Select(h => "${" + _dev.LogicalId("Functions/" + h) + "}").Order(),
            Alarms(_dev).Where(a => a.GetProperty("MetricName").GetString() == "Errors")
                .Select(a => Dimensions(a)["FunctionName"]).Order());

    [Fact]
    public void DeadLetterAlarm_ShouldCountPutsUnderTheDeadLetterPrefix()
    {
        var alarm = Alarms(_dev).Single(a => a.GetProperty("MetricName").GetString() == "PutRequests"
                                            && Dimensions(a)["FilterId"] == "dead-letter");

        Assert.Equal("AWS/S3", alarm.GetProperty("Namespace").GetString());
        Assert.Equal("${" + _dev.LogicalId("Lake/Bucket") + "}", Dimensions(alarm)["BucketName"]);
        Assert.Equal(1, alarm.GetProperty("Threshold").GetDouble());
        Assert.Equal("GreaterThanOrEqualToThreshold", alarm.GetProperty("ComparisonOperator").GetString());
    }

    [Fact]
    public void BronzeNotificationDeadLetterAlarm_ShouldFireOnTheFirstVisibleMessage()
    {
        var alarm = Alarms(_dev).Single(a => a.GetProperty("MetricName").GetString() == "ApproximateNumberOfMessagesVisible");

        Assert.Equal("AWS/SQS", alarm.GetProperty("Namespace").GetString());
        Assert.Equal("${" + _dev.LogicalId("BronzeNotifications/DeadLetters") + ".QueueName}", Dimensions(alarm)["QueueName"]);
        Assert.Equal(("Maximum", 1.0, "GreaterThanOrEqualToThreshold"),
            (alarm.GetProperty("Statistic").GetString(), alarm.GetProperty("Threshold").GetDouble(), alarm.GetProperty("ComparisonOperator").GetString()));
    }

    [Fact]
    public void LagAlarms_ShouldWatchMaxOffsetLagOfEveryMappingsConsumerGroup()
    {
        var lags = Alarms(_dev).Where(a => a.GetProperty("MetricName").GetString() == "MaxOffsetLag").ToArray();

        Assert.All(lags, a =>
        {
            Assert.Equal("AWS/Kafka", a.GetProperty("Namespace").GetString());
            Assert.Equal(1000, a.GetProperty("Threshold").GetDouble());
            Assert.Equal(3, a.GetProperty("EvaluationPeriods").GetInt32());
        });
        Assert.Equal(
            from h in new[] { "stream-archive", "stream-enrich" }
            from t in new[] { "customers", "fx-rates", "orders" }
            select ("techshop-dev", $"techshop-dev-{h}-{t}", t),
            lags.Select(Dimensions).Select(d => (d["Cluster Name"], d["Consumer Group"], d["Topic"])).Order());
    }

    [Fact]
    public void QualityGateAlarm_ShouldReadTheEmfMetricInTheTechShopNamespace()
    {
        var alarm = Alarms(_dev).Single(a => a.GetProperty("Namespace").GetString() == "TechShop");

        Assert.Equal("QualityGateFailures", alarm.GetProperty("MetricName").GetString());
        Assert.Equal("Sum", alarm.GetProperty("Statistic").GetString());
        Assert.Equal(3600, alarm.GetProperty("Period").GetInt32());
    }

    [Fact]
    public void AlarmTopic_WhenAnEmailIsGiven_ShouldSubscribeIt()
    {
        var subscription = Assert.Single(_prod.Resources("AWS::SNS::Subscription")).Value.GetProperty("Properties");

        Assert.Equal(("email", "data-oncall@techshop.example"), (subscription.GetProperty("Protocol").GetString(), subscription.GetProperty("Endpoint").GetString()));
        Assert.Empty(_dev.Resources("AWS::SNS::Subscription"));
    }

    [Fact]
    public void Dashboard_ShouldBeNamedForTheEnvironmentAndShowLag()
    {
        var dashboard = Assert.Single(_dev.Resources("AWS::CloudWatch::Dashboard")).Value.GetProperty("Properties");

        Assert.Equal("TechShop-dev", dashboard.GetProperty("DashboardName").GetString());
        Assert.Contains("MaxOffsetLag", Cfn.Render(dashboard.GetProperty("DashboardBody")), StringComparison.Ordinal);
        Assert.Contains("QualityGateFailures", Cfn.Render(dashboard.GetProperty("DashboardBody")), StringComparison.Ordinal);
    }
}
