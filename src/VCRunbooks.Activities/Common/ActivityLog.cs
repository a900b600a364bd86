using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Jobs;
using VCRunbooks.Activities.Sessions;

namespace VCRunbooks.Activities.Common;

/// <summary>Journal lines of the vCenter activities; secrets never appear in them.</summary>
internal static partial class ActivityLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Session to {Target} ready ({Kind})")]
    public static partial void LogSessionCreated(this ILogger logger, string target, SessionKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup needs {SizeMb} MB for parts {Parts}")]
    public static partial void LogBackupSize(this ILogger logger, long sizeMb, string parts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup job {JobId} started")]
    public static partial void LogBackupStarted(this ILogger logger, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backup job {JobId} was started by an earlier execution of this step; not starting another")]
    public static partial void LogBackupFound(this ILogger logger, string jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} {JobId} is {State} at {Progress}%")]
    public static partial void LogJobProgress(this ILogger logger, JobKind kind, string jobId, string state, long progress);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} {JobId} not answering ({Reason}); polling again in {Delay}")]
    public static partial void LogJobUnreachable(this ILogger logger, JobKind kind, string jobId, string reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} {JobId} did not finish within {Timeout}")]
    public static partial void LogJobTimedOut(this ILogger logger, JobKind kind, string jobId, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Information, Message = "Archive {Location} is applicable: version {Version} of {Boxname}")]
    public static partial void LogRestoreValidated(this ILogger logger, string location, string version, string boxname);

    [LoggerMessage(Level = LogLevel.Information, Message = "Restore from {Location} started")]
    public static partial void LogRestoreStarted(this ILogger logger, string location);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A restore is already running on this appliance (started by an earlier execution of this step)")]
    public static partial void LogRestoreFound(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup schedule {ScheduleId} {Action}")]
    public static partial void LogSchedule(this ILogger logger, string scheduleId, string action);

    [LoggerMessage(Level = LogLevel.Information, Message = "Health levels {Levels}; passes: {Passes}")]
    public static partial void LogHealth(this ILogger logger, string levels, bool passes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Update {Version}: {Step}")]
    public static partial void LogUpdateStep(this ILogger logger, string version, string step);

    [LoggerMessage(Level = LogLevel.Information, Message = "Question {QuestionId} answered {Answer} by {Source}")]
    public static partial void LogQuestionAnswered(this ILogger logger, string questionId, string answer, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upgrade from {Source}: {Step}")]
    public static partial void LogUpgrade(this ILogger logger, string source, string step);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upgrade from {Source}: stage 2 is already {State} (started by an earlier execution of this step); not starting again")]
    public static partial void LogUpgradeAdopted(this ILogger logger, string source, VCRunbooks.VCenter.Deployment.ApplianceState state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciliation {Step}")]
    public static partial void LogReconcile(this ILogger logger, string step);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciliation already {Status} (started by an earlier execution of this step); not starting another")]
    public static partial void LogReconcileAdopted(this ILogger logger, VCRunbooks.VCenter.Recovery.Reconciliation.ReconciliationStatus status);
}
