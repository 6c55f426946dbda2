using Amazon.CDK;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Constructs;
using TechShop.Infra.Configuration;

namespace TechShop.Infra.Platform;

/// <summary>EventBridge rules that build SILVER and GOLD on the context's schedules.</summary>
public sealed class Schedules : Construct
{
    public Schedules(Construct scope, string id, PlatformSettings settings, Functions functions) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(functions);
        Add("SilverBuild", settings.SilverSchedule, functions["silver-build"], "Builds SILVER from BRONZE");
        Add("GoldBuild", settings.GoldSchedule, functions["gold-build"], "Builds GOLD from SILVER behind the quality gate");
    }

    private void Add(string id, string expression, Amazon.CDK.AWS.Lambda.IFunction function, string description) =>
        _ = new Rule(this, id, new RuleProps
        {
            Description = description,
            Schedule = Schedule.Expression(expression),
            Targets =
            [
                // The builds are idempotent (MERGE), so a retried event is harmless; a stale one is dropped.
                new LambdaFunction(function, new LambdaFunctionProps { RetryAttempts = 2, MaxEventAge = Duration.Hours(1) }),
            ],
        });
}
