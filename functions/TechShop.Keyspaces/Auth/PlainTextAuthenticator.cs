using System.Text;
using TechShop.Keyspaces.Errors;

namespace TechShop.Keyspaces.Auth;

/// <summary>SASL PLAIN for Keyspaces service-specific credentials (and Cassandra's PasswordAuthenticator).</summary>
public sealed class PlainTextAuthenticator : ICqlAuthenticator
{
    private readonly byte[] _token;

    public PlainTextAuthenticator(string username, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentNullException.ThrowIfNull(password);
        _token = Token(username, password);
    }

    /// <summary>The token <c>\0username\0password</c> (UTF-8).</summary>
    public static byte[] Token(string username, string password) => Encoding.UTF8.GetBytes($"\0{username}\0{password}");

    /// <inheritdoc />
    public ValueTask<byte[]> InitialResponseAsync(string authenticatorClass, CancellationToken cancellationToken) => new(_token);

    /// <inheritdoc />
    public ValueTask<byte[]> EvaluateChallengeAsync(byte[]? challenge, CancellationToken cancellationToken) =>
        throw new CqlAuthenticationException("the server sent an AUTH_CHALLENGE to a PLAIN login, which has only one step");
}
