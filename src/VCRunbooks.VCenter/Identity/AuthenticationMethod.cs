namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.Oauth2AuthenticationMethod.</summary>
public enum AuthenticationMethod
{
    /// <summary>Client id and secret in an HTTP Basic header (wire <c>CLIENT_SECRET_BASIC</c>).</summary>
    ClientSecretBasic,
    /// <summary>Client id and secret in the request body (<c>CLIENT_SECRET_POST</c>).</summary>
    ClientSecretPost,
    /// <summary>A JWT signed with the client secret (<c>CLIENT_SECRET_JWT</c>).</summary>
    ClientSecretJwt,
    /// <summary>A JWT signed with a private key (<c>PRIVATE_KEY_JWT</c>).</summary>
    PrivateKeyJwt,
}
