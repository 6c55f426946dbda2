using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;

namespace TechShop.Infra.Bundling;

/// <summary>The Lambda code asset of the bootstrap: the functions sources, bundled by <see cref="BootstrapBundler"/>.</summary>
public static class BootstrapCode
{
    /// <summary>Builds the asset; with bundling skipped (aws:cdk:bundling-stacks = []) only the sources are fingerprinted.</summary>
    public static AssetCode FromRepository(string repositoryRoot) =>
        Code.FromAsset(Path.Combine(repositoryRoot, "functions"), new Amazon.CDK.AWS.S3.Assets.AssetOptions
        {
            AssetHashType = AssetHashType.OUTPUT,
            Exclude = ["**/bin", "**/obj"],
            Bundling = new BundlingOptions
            {
                // Local bundling always answers (publishing, or failing with a clear message), so this image is never pulled;
                // CDK requires one.
                Image = DockerImage.FromRegistry("mcr.microsoft.com/dotnet/sdk:10.0"),
                Local = new BootstrapBundler(repositoryRoot),
            },
        });
}
