namespace VCRunbooks.VCenter.Update;

/// <summary>Day of the week in an update check schedule.</summary>
public enum PolicyDay
{
    /// <summary>Monday (wire <c>MONDAY</c>).</summary>
    Monday,
    /// <summary>Tuesday.</summary>
    Tuesday,
    /// <summary>Wednesday.</summary>
    Wednesday,
    /// <summary>Thursday.</summary>
    Thursday,
    /// <summary>Friday.</summary>
    Friday,
    /// <summary>Saturday.</summary>
    Saturday,
    /// <summary>Sunday.</summary>
    Sunday,
}
