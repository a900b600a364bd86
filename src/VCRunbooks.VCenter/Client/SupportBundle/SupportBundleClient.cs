using VCRunbooks.VCenter.Client.Tasks;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.SupportBundle;
using VCRunbooks.VCenter.Tasks;

namespace VCRunbooks.VCenter.Client.SupportBundle;

internal sealed class SupportBundleClient(ClientContext context, ITasksClient tasks) : ISupportBundleClient
{
    private const string Api = "/api/appliance/support-bundle";

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ListComponentsAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<IReadOnlyDictionary<string, IReadOnlyList<string>>>(VapiRequest.Get($"{Api}/components", null), cancellationToken);

    public Task<SupportBundleListResult> ListAsync(int? size = null, bool? available = null, SupportBundleCreationStatus? status = null, CancellationToken cancellationToken = default)
    {
        if (size is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "The size must be positive.");
        }
        if (status is { } s)
        {
            Arguments.Defined(s, nameof(status));
        }
        var query = new QueryString().Add("size", size).Add("available", available).Add("creation_status", status is { } st ? WireNames.Of(st) : null);
        return context.Transport.SendAsync<SupportBundleListResult>(VapiRequest.Get(query.AppendTo(Api), null), cancellationToken);
    }

    public Task<string> CreateAsync(SupportBundleCreateSpec spec, CancellationToken cancellationToken = default)
    {
        Arguments.NotNull(spec, nameof(spec));
        Arguments.NotEmpty(spec.Description, "spec.Description");
        return context.Transport.SendAsync<string>(new VapiRequest { Method = HttpMethod.Post, Api = $"{Api}?vmw-task=true", Body = spec }, cancellationToken);
    }

    public async Task<TaskInfo> CreateAndWaitAsync(SupportBundleCreateSpec spec, WaitPolicy? policy = null, IProgress<TaskInfo>? progress = null, CancellationToken cancellationToken = default) =>
        await tasks.WaitAsync(await CreateAsync(spec, cancellationToken), policy, progress, cancellationToken);
}
