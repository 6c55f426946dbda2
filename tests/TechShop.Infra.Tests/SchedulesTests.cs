namespace TechShop.Infra.Tests;

[Collection(PlatformCollection.Name)]
public sealed class SchedulesTests
{
    private readonly DevPlatform _dev;
    private readonly ProdPlatform _prod;

    public SchedulesTests(DevPlatform dev, ProdPlatform prod) => (_dev, _prod) = (dev, prod);

    private static Dictionary<string, (string Schedule, int Retries)> Rules(SynthesizedPlatform platform) =>
        platform.Resources("AWS::Events::Rule").Values.Select(r => r.GetProperty("Properties"))
            .ToDictionary(
                r => Cfn.Render(r.GetProperty("Targets")[0].GetProperty("Arn")),
                r => (r.GetProperty("ScheduleExpression").GetString()!, r.GetProperty("Targets")[0].GetProperty("RetryPolicy").GetProperty("MaximumRetryAttempts").GetInt32()));

    [Fact]
    public void Rules_WhenDev_ShouldBuildSilverHourlyAndGoldEveryTwoHours() =>
        Assert.Equal(
            new Dictionary<string, (string, int)>
            {
                ["${" + _dev.LogicalId("Functions/silver-build") + ".Arn}"] = ("rate(1 hour)", 2),
                ["${" + _dev.LogicalId("Functions/gold-build") + ".Arn}"] = ("rate(2 hours)", 2),
            },
            Rules(_dev));

    [Fact]
    public void Rules_WhenProd_ShouldTakeTheContextScheduleAndTheProdDefault() =>
        Assert.Equal(
            new Dictionary<string, (string, int)>
            {
                ["${" + _prod.LogicalId("Functions/silver-build") + ".Arn}"] = ("cron(5 * * * ? *)", 2),
                ["${" + _prod.LogicalId("Functions/gold-build") + ".Arn}"] = ("cron(45 * * * ? *)", 2),
            },
            Rules(_prod));

    [Fact]
    public void Rules_ShouldBeAllowedToInvokeTheirFunctionOnly()
    {
        var permissions = _dev.Resources("AWS::Lambda::Permission").Values.Select(p => p.GetProperty("Properties"))
            .Where(p => p.GetProperty("Principal").GetString() == "events.amazonaws.com")
            .Select(p => Cfn.Render(p.GetProperty("FunctionName"))).Order().ToArray();

        Assert.Equal(
            new[] { "gold-build", "silver-build" }.Select(h => "${" + _dev.LogicalId("Functions/" + h) + ".Arn}").Order(),
            permissions);
    }
}
