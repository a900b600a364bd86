using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Tasks;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Infraprofile;

namespace VCRunbooks.VCenter.Client.Infraprofile;

internal sealed class InfraprofileClient(ClientContext context, ITasksClient tasks) : IInfraprofileClient
{
    private const string Api = "/api/appliance/infraprofile/configs";

    public Task<IReadOnlyList<ProfileInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<IReadOnlyList<ProfileInfo>>(VapiRequest.Get(Api, null), cancellationToken);

    public Task<string> ExportAsync(ProfilesSpec? spec = null, CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<string>(new VapiRequest { Method = HttpMethod.Post, Api = $"{Api}?action=export", Body = spec ?? new ProfilesSpec(), Retry = RetryMode.Safe }, cancellationToken);

    public async Task<ValidationResult> ValidateAsync(ImportProfileSpec spec, WaitPolicy? policy = null, CancellationToken cancellationToken = default) =>
        await RunAsync<ValidationResult>("validate", spec, policy, cancellationToken);

    public async Task<ImportResult> ImportAsync(ImportProfileSpec spec, WaitPolicy? policy = null, CancellationToken cancellationToken = default) =>
        await RunAsync<ImportResult>("import", spec, policy, cancellationToken);

    private async Task<T> RunAsync<T>(string action, ImportProfileSpec spec, WaitPolicy? policy, CancellationToken cancellationToken)
    {
        Arguments.NotNull(spec, nameof(spec));
        Arguments.NotEmpty(spec.ConfigSpec, "spec.ConfigSpec");
        var taskId = await context.Transport.SendAsync<string>(new VapiRequest
        {
            Method = HttpMethod.Post, Api = $"{Api}?action={action}&vmw-task=true", Body = spec,
            // Validation changes nothing; an import is not sent twice.
            Retry = action == "validate" ? RetryMode.Safe : RetryMode.Unsafe,
        }, cancellationToken);
        var task = await tasks.WaitAsync(taskId, policy, null, cancellationToken);
        return task.ResultAs<T>() ?? throw new VCenterException($"The infraprofile {action} task {taskId} finished without a result.");
    }
}
