namespace VCRunbooks.VCenter.Recovery;

/// <summary>The protocols a backup location may use; the spec has no PATH value although the guide mentions one.</summary>
public enum LocationType
{
    /// <summary>FTP (wire <c>FTP</c>).</summary>
    Ftp,
    /// <summary>HTTP (<c>HTTP</c>).</summary>
    Http,
    /// <summary>FTP over TLS (<c>FTPS</c>).</summary>
    Ftps,
    /// <summary>HTTPS (<c>HTTPS</c>).</summary>
    Https,
    /// <summary>SCP (<c>SCP</c>).</summary>
    Scp,
    /// <summary>SFTP (<c>SFTP</c>).</summary>
    Sftp,
    /// <summary>NFS (<c>NFS</c>).</summary>
    Nfs,
    /// <summary>SMB/CIFS (<c>SMB</c>).</summary>
    Smb,
}
