using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Session;
using TechShop.Keyspaces.Tests.Server;

namespace TechShop.Keyspaces.Tests.Session;

public sealed class TlsTests
{
    [Fact]
    public async Task Connect_OverTlsWithTheSelfSignedRootTrusted_ShouldCompleteTheHandshake()
    {
        using var certificate = SelfSigned("localhost");
        await using var server = new ScriptedCqlServer(CqlScript.Default, certificate);
        var options = Tls(server, certificate, "localhost");

        await using var session = await CqlSession.ConnectAsync(options);
        await session.ExecuteAsync("INSERT INTO t (k) VALUES (?)", 1);

        Assert.Single(server.ReceivedWith(Opcode.Startup));
        Assert.Equal("localhost", session.Nodes[0].ServerName);
    }

    [Fact]
    public async Task Connect_OverTlsWithTheRootInAPemBundle_ShouldCompleteTheHandshake()
    {
        using var certificate = SelfSigned("localhost");
        await using var server = new ScriptedCqlServer(CqlScript.Default, certificate);
        var bundle = Path.Combine(Path.GetTempPath(), $"keyspaces-ca-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(bundle, certificate.ExportCertificatePem());
        try
        {
            await using var session = await CqlSession.ConnectAsync(Tls(server, null, "localhost") with { CaBundlePath = bundle });

            Assert.Single(session.Nodes);
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    [Fact]
    public async Task Connect_OverTlsWhenTheCertificateIsNotTrusted_ShouldThrowConnectionError()
    {
        using var certificate = SelfSigned("localhost");
        await using var server = new ScriptedCqlServer(CqlScript.Default, certificate);

        var error = await Assert.ThrowsAsync<CqlConnectionException>(() => CqlSession.ConnectAsync(Tls(server, null, "localhost")));

        Assert.Contains("TLS handshake", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_OverTlsWhenTheHostNameDoesNotMatch_ShouldThrowEvenWithTheRootTrusted()
    {
        using var certificate = SelfSigned("cassandra.eu-west-1.amazonaws.com");
        await using var server = new ScriptedCqlServer(CqlScript.Default, certificate);

        var error = await Assert.ThrowsAsync<CqlConnectionException>(() => CqlSession.ConnectAsync(Tls(server, certificate, "localhost")));

        Assert.Contains("'localhost'", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    private static KeyspacesOptions Tls(ScriptedCqlServer server, X509Certificate2? root, string endpoint) =>
        TestOptions.Local(server) with
        {
            Endpoint = endpoint,
            UseTls = true,
            TrustedRoots = root is null ? null : [X509CertificateLoader.LoadCertificate(root.RawData)],
        };

    private static X509Certificate2 SelfSigned(string dnsName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={dnsName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(dnsName);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyCertSign, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
