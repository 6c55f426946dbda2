using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Connection;

public sealed partial class CqlConnection
{
    private static readonly KeyValuePair<string, string>[] StartupOptions = [new("CQL_VERSION", "3.0.0")];

    /// <summary>Connects (TCP, then TLS with SNI unless disabled), runs STARTUP and authentication, then USE.</summary>
    public static async Task<CqlConnection> OpenAsync(
        CqlEndpoint endpoint, CqlConnectionSettings settings, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.ConnectTimeout);
        Stream stream;
        try
        {
            stream = await ConnectStreamAsync(endpoint, settings, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CqlConnectionException(
                $"connecting to {endpoint} took longer than {settings.ConnectTimeout.TotalMilliseconds:0} ms");
        }

        var connection = new CqlConnection(stream, endpoint, settings);
        try
        {
            await connection.StartupAsync(timeout.Token).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<Stream> ConnectStreamAsync(
        CqlEndpoint endpoint, CqlConnectionSettings settings, CancellationToken cancellationToken)
    {
        var socket = new Socket(endpoint.Address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endpoint.Address, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new CqlConnectionException($"cannot connect to {endpoint}: {e.Message}", e);
        }

        var network = new NetworkStream(socket, ownsSocket: true);
        if (!settings.UseTls)
        {
            return network;
        }

        var tls = new SslStream(network, leaveInnerStreamOpen: false);
        try
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = endpoint.ServerName,
                RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                    IsTrusted(certificate, chain, errors, settings.TrustedRoots),
            }, cancellationToken).ConfigureAwait(false);
            return tls;
        }
        catch (Exception e) when (e is IOException or System.Security.Authentication.AuthenticationException)
        {
            await tls.DisposeAsync().ConfigureAwait(false);
            throw new CqlConnectionException(
                $"TLS handshake with {endpoint} failed (is the certificate issued for '{endpoint.ServerName}' and trusted?): {e.Message}", e);
        }
    }

    /// <summary>System trust, or a chain to one of the configured roots; the host name must always match.</summary>
    private static bool IsTrusted(
        X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors, X509Certificate2Collection? roots)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (roots is null || certificate is null || errors != SslPolicyErrors.RemoteCertificateChainErrors)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        custom.ChainPolicy.CustomTrustStore.AddRange(roots);
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = new X509Certificate2(certificate);
        return custom.Build(leaf);
    }

    private async Task StartupAsync(CancellationToken cancellationToken)
    {
        var response = await SendAsync(CqlRequests.Startup(StartupOptions), cancellationToken).ConfigureAwait(false);
        if (response.Header.Opcode == Opcode.Authenticate)
        {
            await AuthenticateAsync(response, cancellationToken).ConfigureAwait(false);
        }
        else if (response.Header.Opcode == Opcode.Error)
        {
            throw CqlErrorParser.Parse(response);
        }
        else if (response.Header.Opcode != Opcode.Ready)
        {
            throw new CqlProtocolViolationException($"expected READY or AUTHENTICATE after STARTUP, got {response.Header.Opcode}");
        }

        if (_settings.Keyspace is { } keyspace)
        {
            var use = $"USE \"{keyspace.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await RequestAsync(CqlRequests.Query(use, new QueryParameters(Consistency.LocalOne, [])), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private async Task AuthenticateAsync(ResponseFrame authenticate, CancellationToken cancellationToken)
    {
        var authenticatorClass = new CqlBodyReader(authenticate.Message).ReadString();
        var authenticator = _settings.Authenticator ?? throw new CqlAuthenticationException(
            $"{Endpoint} requires authentication ({authenticatorClass}), but no authentication mode is configured");
        var token = await authenticator.InitialResponseAsync(authenticatorClass, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var response = await SendAsync(CqlRequests.AuthResponse(token), cancellationToken).ConfigureAwait(false);
            switch (response.Header.Opcode)
            {
                case Opcode.AuthSuccess:
                    return;
                case Opcode.AuthChallenge:
                    var challenge = new CqlBodyReader(response.Message).ReadBytesArray();
                    token = await authenticator.EvaluateChallengeAsync(challenge, cancellationToken).ConfigureAwait(false);
                    break;
                case Opcode.Error:
                    var error = CqlErrorParser.Parse(response);
                    throw new CqlAuthenticationException($"{Endpoint} rejected the login: {error.ServerMessage}", error);
                default:
                    throw new CqlProtocolViolationException($"unexpected {response.Header.Opcode} during authentication");
            }
        }
    }
}
