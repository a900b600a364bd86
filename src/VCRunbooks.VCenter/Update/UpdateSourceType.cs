namespace VCRunbooks.VCenter.Update;

/// <summary>Where the pending list looks: the last check's result, local media, or local media then the repository.</summary>
public enum UpdateSourceType
{
    /// <summary>The result of the previous check, without a new query (wire <c>LAST_CHECK</c>).</summary>
    LastCheck,
    /// <summary>Local media: the CD-ROM/ISO or the staging area (<c>LOCAL</c>).</summary>
    Local,
    /// <summary>Local media, then the repository of the update policy or the given URL (<c>LOCAL_AND_ONLINE</c>).</summary>
    LocalAndOnline,
}
