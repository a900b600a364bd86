namespace VCRunbooks.VCenter.Recovery;

/// <summary>The protocols a backup location may use; the spec has no PATH value although the guide mentions one.</summary>
public enum LocationType
{
    Ftp,
    Http,
    Ftps,
    Https,
    Scp,
    Sftp,
    Nfs,
    Smb,
}
