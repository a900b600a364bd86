namespace VCRunbooks.VCenter.Update;

/// <summary>Day of the week in an update check schedule.</summary>
public enum PolicyDay
{
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}
