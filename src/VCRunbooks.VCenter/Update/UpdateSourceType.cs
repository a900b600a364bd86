namespace VCRunbooks.VCenter.Update;

/// <summary>Where the pending list looks: the last check's result, local media, or local media then the repository.</summary>
public enum UpdateSourceType
{
    LastCheck,
    Local,
    LocalAndOnline,
}
