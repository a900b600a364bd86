using VCRunbooks.VCenter.Errors;

namespace VCRunbooks.VCenter.Client.Errors;

/// <summary>The server's certificate was rejected (not trusted, or not the pinned one). Permanent.</summary>
public sealed class VCenterCertificateException : VCenterException
{
    public VCenterCertificateException()
    {
    }

    public VCenterCertificateException(string message) : base(message)
    {
    }

    public VCenterCertificateException(string message, Exception innerException)
        : base(message, VCRunbooks.VCenter.Errors.ErrorType.UnverifiedPeer, null, [], isTransient: false, innerException)
    {
    }
}
