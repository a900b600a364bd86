using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Recovery.Reconciliation;

namespace VCRunbooks.Simulator.Recovery.Reconciliation;

/// <summary>One reconciliation job: checks the linked-mode partners, then brings the vCenter services up.</summary>
internal sealed class ReconciliationJob
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);
    /// <summary>Validation of the partners; unignored warnings fail the job this soon.</summary>
    public static readonly TimeSpan Validation = TimeSpan.FromSeconds(30);

    public required DateTimeOffset StartTime { get; init; }
    public required IReadOnlyList<LocalizableMessage> Warnings { get; init; }
    public required bool IgnoreWarnings { get; init; }

    public ReconciliationStatus Status { get; private set; } = ReconciliationStatus.Running;
    public long Progress { get; private set; }
    public DateTimeOffset? EndTime { get; private set; }
    public string? Error { get; private set; }
    public List<LocalizableMessage> Messages { get; } = [];

    public bool IsRunning => Status == ReconciliationStatus.Running;

    public void Advance(DateTimeOffset now)
    {
        if (!IsRunning)
        {
            return;
        }
        var elapsed = now - StartTime;
        if (Warnings.Count > 0 && !IgnoreWarnings && elapsed >= Validation)
        {
            Status = ReconciliationStatus.Failed;
            Progress = (long)(100 * Validation / Duration);
            EndTime = StartTime + Validation;
            Messages.AddRange(Warnings);
            var reason = RecoveryMessages.Of("reconciliation.warnings_not_ignored",
                "Reconciliation stopped because of validation warnings; set ignore_warnings to reconcile anyway.");
            Messages.Add(reason);
            Error = reason.DefaultMessage;
        }
        else if (elapsed >= Duration)
        {
            Status = ReconciliationStatus.Succeeded;
            Progress = 100;
            EndTime = StartTime + Duration;
            Messages.AddRange(Warnings);
            Messages.Add(RecoveryMessages.Of("reconciliation.succeeded", "Reconciliation completed successfully."));
        }
        else
        {
            Progress = Math.Clamp((long)(100 * elapsed / Duration), 0, 99);
        }
    }

    public ReconciliationInfo ToInfo() => new()
    {
        Description = RecoveryMessages.Of("reconciliation.description", "Reconcile the restored vCenter Server with its linked-mode partners"),
        Service = "com.vmware.appliance.recovery.reconciliation.job",
        Operation = "create",
        Status = Status,
        Cancelable = false,
        Error = Error,
        StartTime = StartTime,
        EndTime = EndTime,
        Messages = [.. Messages],
        Progress = Progress,
    };
}
