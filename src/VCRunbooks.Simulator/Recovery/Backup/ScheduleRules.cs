using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Simulator.Recovery.Backup;

/// <summary>Checks of schedule specs; the field prefix makes the named field match the request's shape.</summary>
internal static class ScheduleRules
{
    /// <summary>A schedule has no location type field: its location must be a URL whose scheme names one.</summary>
    public static string Location(string? location, string field)
    {
        var normalized = LocationRules.Require(location, field);
        if (LocationRules.TypeOf(normalized) is null)
        {
            throw VapiException.InvalidArgument(field, "a schedule's location must be a URL whose scheme is one of ftp, ftps, http, https, scp, sftp, nfs, smb.");
        }
        return normalized;
    }

    public static void Recurrence(RecurrenceInfo? recurrence, string prefix)
    {
        if (recurrence is null)
        {
            return;
        }
        if (recurrence.Minute is < 0 or > 59)
        {
            throw VapiException.InvalidArgument(prefix + "recurrence_info.minute", "the minute must be between 0 and 59.");
        }
        if (recurrence.Hour is < 0 or > 23)
        {
            throw VapiException.InvalidArgument(prefix + "recurrence_info.hour", "the hour must be between 0 and 23 (UTC).");
        }
    }

    public static void Retention(RetentionInfo? retention, string prefix)
    {
        if (retention is { MaxCount: < 1 })
        {
            throw VapiException.InvalidArgument(prefix + "retention_info.max_count", "at least one backup must be kept.");
        }
    }
}
