using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.SupportBundle;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.SupportBundle;

/// <summary>
/// The support bundles of one appliance. A bundle takes 60 s plus 20 s per component on the virtual clock, then
/// stays downloadable for <see cref="DownloadValidity"/>. A canceled task leaves a CANCELLED bundle; the control API
/// can make the next bundle fail (e.g. a full partition).
/// </summary>
internal sealed class SupportBundleState(Appliance appliance) : IApplianceFeature<SupportBundleState>
{
    public static readonly TimeSpan BaseDuration = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan PerComponent = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan DownloadValidity = TimeSpan.FromHours(24);

    private readonly List<SupportBundleRecord> _bundles = [];

    public static SupportBundleState Create(Appliance appliance) => new(appliance);

    /// <summary>When set, the next bundle fails with this reason (consumed when it starts).</summary>
    public string? FailNextReason { get; set; }

    internal IReadOnlyList<SupportBundleRecord> Bundles => _bundles;

    internal SupportBundleRecord Start(string description, int componentCount, string partition, DateTimeOffset now)
    {
        var failure = FailNextReason;
        FailNextReason = null;
        var fileName = $"vc-{appliance.Name.Split('.')[0]}-{now:yyyy-MM-dd--HH.mm}-{_bundles.Count + 1}.tgz";
        SupportBundleRecord? record = null;
        var task = appliance.Tasks.Start(new Tasks.CisTaskSpec
        {
            Service = "com.vmware.appliance.support_bundle",
            Operation = "create",
            Description = LocalizableMessage.Of("com.vmware.appliance.support_bundle.create", $"Generating support bundle: {description}"),
            Duration = BaseDuration + PerComponent * componentCount,
            Cancelable = true,
            Complete = at => Finish(record!, failure, partition, at),
        });
        record = new SupportBundleRecord
        {
            TaskId = task.Id,
            Description = description,
            Started = now,
            ComponentCount = componentCount,
            FileName = fileName,
        };
        _bundles.Add(record);
        appliance.Ledger.Record(now, "support_bundle.started", task.Id, description);
        return record;
    }

    private SupportBundleInfo Finish(SupportBundleRecord record, string? failure, string partition, DateTimeOffset at)
    {
        if (failure is not null)
        {
            record.Status = SupportBundleCreationStatus.Failed;
            record.FailureReason = LocalizableMessage.Of("com.vmware.appliance.support_bundle.failed", failure);
            throw new Vapi.VapiException(new VapiError { ErrorType = ErrorType.Error, Messages = [record.FailureReason] });
        }
        record.Status = SupportBundleCreationStatus.Succeeded;
        record.GeneratedAt = at;
        record.SizeKb = 20_000 + 15_000L * record.ComponentCount;
        record.Url = $"https://{appliance.Name}/appliance/support-bundle/data/{partition}/{record.FileName}";
        return ToInfo(record, at);
    }

    internal static SupportBundleInfo ToInfo(SupportBundleRecord record, DateTimeOffset now)
    {
        var expires = record.GeneratedAt + DownloadValidity;
        return new SupportBundleInfo
        {
            Description = record.Description,
            Status = record.Status ?? SupportBundleCreationStatus.Failed,
            GenerationTime = record.GeneratedAt,
            Url = record.Url,
            ExpirationTime = expires,
            Downloadable = record.Status == SupportBundleCreationStatus.Succeeded ? now < expires : null,
            Size = record.Status == SupportBundleCreationStatus.Succeeded ? record.SizeKb : null,
            FailureReason = record.FailureReason,
        };
    }

    public void Advance(DateTimeOffset now)
    {
        // A canceled task ends its bundle; the task store has already marked it.
        foreach (var record in _bundles.Where(b => b.Status is null))
        {
            if (appliance.Tasks.Find(record.TaskId) is { Status: TaskStatus.Failed, Error.ErrorType: ErrorType.Canceled })
            {
                record.Status = SupportBundleCreationStatus.Cancelled;
            }
        }
    }
}
