using VCRunbooks.VCenter.Recovery;

namespace VCRunbooks.Activities.Backup;

/// <summary>The location type input shared by backup, schedule and restore activities, as the typed value.</summary>
internal static class BackupLocation
{
    public static LocationType ParseType(string text) =>
        Enum.TryParse<LocationType>(text, ignoreCase: true, out var type) && Enum.IsDefined(type)
            ? type
            : throw new ArgumentException($"LocationType '{text}' is not one of {string.Join(", ", Enum.GetNames<LocationType>())}.", nameof(text));
}
