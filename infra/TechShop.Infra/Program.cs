using Amazon.CDK;
using TechShop.Infra;
using TechShop.Infra.Bundling;
using TechShop.Infra.Configuration;
using TechShop.Infra.Keyspaces;

// cdk.json runs this from the repository root; every relative path below is relative to it.
var app = new App();
try
{
    var settings = PlatformSettingsReader.Read(new ContextReader(key => app.Node.TryGetContext(key)));
    var root = Directory.GetCurrentDirectory();
    var schema = CqlSchemaParser.ParseDirectory(Path.GetFullPath(settings.KeyspacesDdlDirectory, root), ContextKeys.KeyspacesDdlDirectory);
    var account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT");
    var region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION");
    var environment = account is null || region is null ? null : new Amazon.CDK.Environment { Account = account, Region = region };
    _ = new TechShopStack(app, settings, schema, root, environment);
    app.Synth();
    return 0;
}
catch (Exception e) when (e is InvalidContextException or CqlSchemaException or BootstrapToolchainException)
{
    Console.Error.WriteLine($"TechShop.Infra: {e.Message}");
    return 1;
}
catch (Exception e) when (e.Message.Contains(nameof(BootstrapToolchainException), StringComparison.Ordinal))
{
    // Thrown inside the jsii bundling callback, it comes back wrapped in the CDK's own error text.
    var message = e.Message[(e.Message.IndexOf(nameof(BootstrapToolchainException), StringComparison.Ordinal) + nameof(BootstrapToolchainException).Length + 2)..];
    var trace = message.IndexOf("\n   at ", StringComparison.Ordinal);
    Console.Error.WriteLine($"TechShop.Infra: {(trace < 0 ? message : message[..trace])}");
    return 1;
}
