using System.Text;
using Amazon.Runtime;
using TechShop.Keyspaces.Errors;

namespace TechShop.Keyspaces.Auth;

/// <summary>Keyspaces SigV4 login: <c>SigV4\0\0</c>, then the signed nonce with credentials from the AWS chain.</summary>
public sealed class SigV4Authenticator : ICqlAuthenticator
{
    private static readonly byte[] Initial = "SigV4\0\0"u8.ToArray();
    private readonly AWSCredentials _credentials;
    private readonly string _region;
    private readonly TimeProvider _clock;

    public SigV4Authenticator(AWSCredentials credentials, string region, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrEmpty(region);
        _credentials = credentials;
        _region = region;
        _clock = clock ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public ValueTask<byte[]> InitialResponseAsync(string authenticatorClass, CancellationToken cancellationToken) =>
        new((byte[])Initial.Clone());

    /// <inheritdoc />
    public async ValueTask<byte[]> EvaluateChallengeAsync(byte[]? challenge, CancellationToken cancellationToken)
    {
        var text = challenge is null ? string.Empty : Encoding.UTF8.GetString(challenge);
        var nonce = SigV4Signature.Nonce(text);
        if (nonce is null || nonce.Length != 32)
        {
            throw new CqlAuthenticationException(
                $"expected a SigV4 challenge 'nonce=<32 characters>', got '{(text.Length > 80 ? text[..80] : text)}'");
        }

        ImmutableCredentials credentials;
        try
        {
            credentials = await _credentials.GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonClientException e)
        {
            throw new CqlAuthenticationException($"no AWS credentials for the SigV4 login: {e.Message}", e);
        }

        return Encoding.UTF8.GetBytes(SigV4Signature.Response(nonce, credentials, _region, _clock.GetUtcNow()));
    }
}
