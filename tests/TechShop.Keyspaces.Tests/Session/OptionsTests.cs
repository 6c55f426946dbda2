using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Session;

namespace TechShop.Keyspaces.Tests.Session;

public sealed class OptionsTests
{
    [Fact]
    public void Defaults_ShouldMatchKeyspacesGuidance()
    {
        var options = new KeyspacesOptions();

        Assert.Equal(9142, options.Port);
        Assert.True(options.UseTls);
        Assert.Equal(KeyspacesAuthMode.SigV4, options.AuthMode);
        Assert.Equal(Keyspaces.Protocol.Consistency.LocalQuorum, options.Consistency);
        Assert.Equal(30, options.MaxBatchSize);
        Assert.Equal("techshop", options.Keyspace);
    }

    [Theory]
    [InlineData(0, 1, 1, "KeyspacesOptions.Port")]
    [InlineData(9142, 0, 1, "KeyspacesOptions.ConnectionsPerHost")]
    [InlineData(9142, 1, 0, "KeyspacesOptions.Retry.MaxAttempts")]
    public async Task Connect_WithAnOutOfRangeSetting_ShouldThrowNamingIt(int port, int perHost, int attempts, string setting)
    {
        var options = new KeyspacesOptions
        {
            Endpoint = "127.0.0.1",
            Port = port,
            ConnectionsPerHost = perHost,
            AuthMode = KeyspacesAuthMode.None,
            Retry = new RetryOptions { MaxAttempts = attempts },
        };

        var error = await Assert.ThrowsAsync<KeyspacesOptionsException>(() => CqlSession.ConnectAsync(options));

        Assert.StartsWith(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_WithServiceSpecificCredentialsButNoPassword_ShouldThrowNamingTheSettings()
    {
        var options = new KeyspacesOptions { Endpoint = "127.0.0.1", AuthMode = KeyspacesAuthMode.ServiceSpecificCredentials, Username = "alice" };

        var error = await Assert.ThrowsAsync<KeyspacesOptionsException>(() => CqlSession.ConnectAsync(options));

        Assert.Contains("Username and Password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_WithAMissingCaBundle_ShouldThrowNamingThePath()
    {
        var options = new KeyspacesOptions { Endpoint = "127.0.0.1", AuthMode = KeyspacesAuthMode.None, CaBundlePath = "/nonexistent/amazon-roots.pem" };

        var error = await Assert.ThrowsAsync<KeyspacesOptionsException>(() => CqlSession.ConnectAsync(options));

        Assert.Contains("/nonexistent/amazon-roots.pem", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SimpleStatement_WithAValueOfNoCqlType_ShouldThrowNamingItsPositionAndType()
    {
        var error = Assert.Throws<CqlCodecException>(() => new SimpleStatement("SELECT ?", new Uri("http://x")));

        Assert.Equal("'value 0': no CQL type is known for .NET type Uri", error.Message);
    }
}
