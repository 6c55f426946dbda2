namespace TechShop.Keyspaces.Auth;

/// <summary>The client side of the SASL exchange after AUTHENTICATE; stateless, shared by every connection.</summary>
public interface ICqlAuthenticator
{
    /// <summary>The first AUTH_RESPONSE token, given the server's authenticator class name.</summary>
    ValueTask<byte[]> InitialResponseAsync(string authenticatorClass, CancellationToken cancellationToken);

    /// <summary>The AUTH_RESPONSE token answering an AUTH_CHALLENGE token.</summary>
    ValueTask<byte[]> EvaluateChallengeAsync(byte[]? challenge, CancellationToken cancellationToken);
}
