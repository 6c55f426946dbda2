using System.Text;
using Amazon.Runtime;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Session;
using TechShop.Keyspaces.Tests.Server;

namespace TechShop.Keyspaces.Tests.Session;

public sealed class HandshakeTests
{
    private const string Nonce = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6";
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    [Fact]
    public async Task Connect_WithoutAuth_ShouldSendStartupThenUseThenPeersAtLocalOne()
    {
        await using var server = new ScriptedCqlServer(CqlScript.Default);

        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server));

        var frames = server.Received.ToList();
        Assert.Equal([Opcode.Startup, Opcode.Query, Opcode.Query], frames.Select(f => f.Opcode));
        Assert.Equal("0001000B43514C5F56455253494F4E0005332E302E30", Convert.ToHexString(frames[0].Body));
        Assert.Equal("USE \"techshop\"", frames[1].Text);
        var peers = ParsedRequest.Of(frames[2]);
        Assert.Equal("SELECT peer, rpc_address FROM system.peers", peers.Text);
        Assert.Equal(Consistency.LocalOne, peers.Consistency);
        Assert.Single(session.Nodes);
    }

    [Fact]
    public async Task Connect_WithSigV4AndSessionToken_ShouldPassTheServersIndependentSignatureCheck()
    {
        var credentials = new SessionAWSCredentials("ASIAEXAMPLE", Secret, "FwoGZXIvYXdzEXAMPLETOKEN");
        Dictionary<string, string>? fields = null;
        string? expected = null;
        await using var server = new ScriptedCqlServer(frame =>
        {
            if (frame.Opcode == Opcode.Startup)
            {
                return Replies.Authenticate("com.amazonaws.cassandra.auth.SigV4Authenticator");
            }

            if (frame.Opcode != Opcode.AuthResponse)
            {
                return CqlScript.Default(frame);
            }

            var token = Encoding.UTF8.GetString(frame.Body.AsSpan(4));
            if (token == "SigV4\0\0")
            {
                return Replies.AuthChallenge(Encoding.UTF8.GetBytes($"nonce={Nonce}"));
            }

            fields = IndependentSigV4.Fields(token);
            expected = IndependentSigV4.Signature(Nonce, fields["access_key"], Secret, "eu-west-1", fields["amzdate"]);
            return fields["signature"] == expected ? Replies.AuthSuccess() : Replies.Error(0x0100, "signature mismatch");
        });
        var options = TestOptions.Local(server) with { AuthMode = KeyspacesAuthMode.SigV4, Region = "eu-west-1", Credentials = credentials };

        await using var session = await CqlSession.ConnectAsync(options);

        Assert.NotNull(fields);
        Assert.Equal(expected, fields["signature"]);
        Assert.Equal("ASIAEXAMPLE", fields["access_key"]);
        Assert.Equal("FwoGZXIvYXdzEXAMPLETOKEN", fields["session_token"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", fields["amzdate"]);
        Assert.Equal(2, server.ReceivedWith(Opcode.AuthResponse).Count);
    }

    [Fact]
    public async Task Connect_WithServiceSpecificCredentials_ShouldSendSaslPlain()
    {
        await using var server = new ScriptedCqlServer(PlainServer);
        var options = TestOptions.Local(server) with
        {
            AuthMode = KeyspacesAuthMode.ServiceSpecificCredentials,
            Username = "alice-at-111122223333",
            Password = "s3cret",
        };

        await using var session = await CqlSession.ConnectAsync(options);

        var response = Assert.Single(server.ReceivedWith(Opcode.AuthResponse));
        Assert.Equal("\0alice-at-111122223333\0s3cret", Encoding.UTF8.GetString(response.Body.AsSpan(4)));
    }

    [Fact]
    public async Task Connect_WithWrongPassword_ShouldThrowAuthenticationErrorCarryingTheServerMessage()
    {
        await using var server = new ScriptedCqlServer(PlainServer);
        var options = TestOptions.Local(server) with
        {
            AuthMode = KeyspacesAuthMode.ServiceSpecificCredentials,
            Username = "alice-at-111122223333",
            Password = "wrong",
        };

        var error = await Assert.ThrowsAsync<CqlAuthenticationException>(() => CqlSession.ConnectAsync(options));

        Assert.Contains("Provided username alice-at-111122223333 and/or password are incorrect", error.Message, StringComparison.Ordinal);
        Assert.Equal(CqlErrorCode.AuthenticationError, Assert.IsType<CqlServerException>(error.InnerException).Code);
    }

    [Fact]
    public async Task Connect_WhenServerAsksForAuthButNoneIsConfigured_ShouldThrowNamingTheAuthenticator()
    {
        await using var server = new ScriptedCqlServer(PlainServer);

        var error = await Assert.ThrowsAsync<CqlAuthenticationException>(() => CqlSession.ConnectAsync(TestOptions.Local(server)));

        Assert.Contains("PasswordAuthenticator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_WithoutEndpointOrRegion_ShouldThrowNamingTheSettings()
    {
        var options = new KeyspacesOptions { Region = " ", AuthMode = KeyspacesAuthMode.None };

        var error = await Assert.ThrowsAsync<KeyspacesOptionsException>(() => CqlSession.ConnectAsync(options));

        Assert.Contains("KeyspacesOptions.Endpoint", error.Message, StringComparison.Ordinal);
    }

    private static Reply PlainServer(ReceivedFrame frame)
    {
        if (frame.Opcode == Opcode.Startup)
        {
            return Replies.Authenticate("org.apache.cassandra.auth.PasswordAuthenticator");
        }

        if (frame.Opcode == Opcode.AuthResponse)
        {
            var token = Encoding.UTF8.GetString(frame.Body.AsSpan(4)).Split('\0');
            return token is ["", "alice-at-111122223333", "s3cret"]
                ? Replies.AuthSuccess()
                : Replies.Error(0x0100, $"Provided username {token[1]} and/or password are incorrect");
        }

        return CqlScript.Default(frame);
    }
}
