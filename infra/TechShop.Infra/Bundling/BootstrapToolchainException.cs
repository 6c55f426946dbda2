namespace TechShop.Infra.Bundling;

/// <summary>The bootstrap could not be published at synth time: the .NET SDK or the Native AOT toolchain is missing or failed.</summary>
public sealed class BootstrapToolchainException : Exception
{
    public BootstrapToolchainException()
    {
    }

    public BootstrapToolchainException(string message) : base(message)
    {
    }

    public BootstrapToolchainException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
