using System.Text.Json;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using TechShop.Infra.Configuration;
using TechShop.Infra.Keyspaces;

namespace TechShop.Infra.Tests;

/// <summary>One synthesized stack (synth starts node through jsii, so each profile is built once and shared).</summary>
public abstract class SynthesizedPlatform
{
    protected SynthesizedPlatform(IDictionary<string, object> context, Amazon.CDK.Environment? environment = null)
    {
        var full = new Dictionary<string, object>(context)
        {
            [ContextKeys.KeyspacesDdlDirectory] = FixtureDdlDirectory,
            // Unit tests do not need the published bootstrap.
            ["aws:cdk:bundling-stacks"] = Array.Empty<string>(),
        };
        var app = new App(new AppProps { Context = full, Outdir = Directory.CreateTempSubdirectory("techshop-cdk-").FullName });
        Settings = PlatformSettingsReader.Read(new ContextReader(key => app.Node.TryGetContext(key)));
        Schema = CqlSchemaParser.ParseDirectory(FixtureDdlDirectory, ContextKeys.KeyspacesDdlDirectory);
        Stack = new TechShopStack(app, Settings, Schema, RepositoryRoot, environment);
        var assembly = app.Synth();
        Template = Template.FromStack(Stack);
        Json = JsonDocument.Parse(File.ReadAllText(Path.Combine(assembly.Directory, Stack.TemplateFile))).RootElement.Clone();
    }

    public static string FixtureDdlDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "keyspaces");

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TechShop.Serverless.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("TechShop.Serverless.sln not found above the test output.");
        }
    }

    public PlatformSettings Settings { get; }

    public CqlSchema Schema { get; }

    public TechShopStack Stack { get; }

    public Template Template { get; }

    /// <summary>The synthesized template as JSON.</summary>
    public JsonElement Json { get; }

    /// <summary>The template's resources of one type, by logical id.</summary>
    public IReadOnlyDictionary<string, JsonElement> Resources(string type) =>
        Json.GetProperty("Resources").EnumerateObject()
            .Where(r => r.Value.GetProperty("Type").GetString() == type)
            .ToDictionary(r => r.Name, r => r.Value);

    /// <summary>The logical id of the construct at a path under the stack (e.g. "Functions/stream-enrich").</summary>
    public string LogicalId(string path)
    {
        var node = Stack.Node.FindChild(path.Split('/')[0]);
        foreach (var part in path.Split('/').Skip(1))
        {
            node = node.Node.FindChild(part);
        }

        var resource = node.Node.DefaultChild as CfnElement ?? node as CfnElement
            ?? throw new InvalidOperationException($"{path} has no CloudFormation resource.");
        return Stack.GetLogicalId(resource);
    }
}
