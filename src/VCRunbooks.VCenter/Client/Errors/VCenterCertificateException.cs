using VCRunbooks.VCenter.Errors;

namespace VCRunbooks.VCenter.Client.Errors;

/// <summary>The server's certificate was rejected (not trusted, or not the pinned one). Permanent.</summary>
public sealed class VCenterCertificateException : VCenterException
{
    /// <summary>Creates the exception with a default message.</summary>
    public VCenterCertificateException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public VCenterCertificateException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception for the TLS failure <paramref name="innerException"/>; its error type is UNVERIFIED_PEER.</summary>
    public VCenterCertificateException(string message, Exception innerException)
        : base(message, VCRunbooks.VCenter.Errors.ErrorType.UnverifiedPeer, null, [], isTransient: false, innerException)
    {
    }
}
