using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.SupportBundle;
using VCRunbooks.VCenter.Tasks;

namespace VCRunbooks.VCenter.Client.SupportBundle;

/// <summary>Support bundles (appliance.support_bundle, /api only): components, list, create as a cis task.</summary>
public interface ISupportBundleClient
{
    /// <summary>Components by group, to choose what a bundle collects (<c>GET /api/appliance/support-bundle/components</c>).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ListComponentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Support bundle requests (<c>GET /api/appliance/support-bundle</c>): at most <paramref name="size"/> (default 50), only downloadable ones when <paramref name="available"/> is true, only those that ended in <paramref name="status"/> when given.</summary>
    Task<SupportBundleListResult> ListAsync(int? size = null, bool? available = null, SupportBundleCreationStatus? status = null, CancellationToken cancellationToken = default);

    /// <summary>Starts generating a bundle (<c>POST /api/appliance/support-bundle?vmw-task=true</c>); returns the cis task id (not retried: it would make a second bundle).</summary>
    Task<string> CreateAsync(SupportBundleCreateSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Creates a bundle and waits for its task; returns the finished task (its result holds the download URL).</summary>
    Task<TaskInfo> CreateAndWaitAsync(SupportBundleCreateSpec spec, WaitPolicy? policy = null, IProgress<TaskInfo>? progress = null, CancellationToken cancellationToken = default);
}
