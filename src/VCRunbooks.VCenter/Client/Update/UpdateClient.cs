using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.VCenter.Client.Update;

internal sealed class UpdateClient(ClientContext context) : IUpdateClient
{
    private const string Api = "/api/appliance/update";
    private const string Rest = "/rest/appliance/update";
    private const string Started = "started";

    public Task<UpdateInfo> GetAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<UpdateInfo>(VapiRequest.Get(Api, Rest), cancellationToken);

    public Task CancelAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync(new VapiRequest { Method = HttpMethod.Post, Api = $"{Api}?action=cancel", Rest = $"{Rest}?action=cancel" }, cancellationToken);

    public Task<IReadOnlyList<UpdateSummary>> ListPendingAsync(UpdateSourceType source, string? url = null, CancellationToken cancellationToken = default)
    {
        Arguments.Defined(source, nameof(source));
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw new ArgumentException("The repository URL must be absolute.", nameof(url));
        }
        var query = new QueryString().Add("source_type", System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(source.ToString())).Add("url", url);
        return context.Transport.SendAsync<IReadOnlyList<UpdateSummary>>(VapiRequest.Get(query.AppendTo($"{Api}/pending"), query.AppendTo($"{Rest}/pending")), cancellationToken);
    }

    public Task<PendingInfo> GetPendingAsync(string version, CancellationToken cancellationToken = default)
    {
        var v = Paths.Segment(version, nameof(version));
        return context.Transport.SendAsync<PendingInfo>(VapiRequest.Get($"{Api}/pending/{v}", $"{Rest}/pending/{v}"), cancellationToken);
    }

    public Task<PrecheckResult> PrecheckAsync(string version, CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<PrecheckResult>(Pending(version, "precheck", null) with { Retry = RetryMode.Safe }, cancellationToken);

    public Task StageAsync(string version, CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<string>(Pending(version, "stage", null), ct => Detect(version, UpdateState.StageInProgress, ct), cancellationToken);

    public Task<Notifications> ValidateAsync(string version, IReadOnlyDictionary<string, string> userData, CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<Notifications>(Pending(version, "validate", UserData(userData)) with { Retry = RetryMode.Safe }, cancellationToken);

    public Task InstallAsync(string version, IReadOnlyDictionary<string, string> userData, CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<string>(Pending(version, "install", UserData(userData)), ct => Detect(version, UpdateState.InstallInProgress, ct), cancellationToken);

    public Task StageAndInstallAsync(string version, IReadOnlyDictionary<string, string> userData, CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<string>(Pending(version, "stage-and-install", UserData(userData)),
            async ct => await Detect(version, UpdateState.StageInProgress, ct) ?? await Detect(version, UpdateState.InstallInProgress, ct), cancellationToken);

    public Task RollbackAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync(new VapiRequest { Method = HttpMethod.Post, Api = $"{Api}/pending?action=rollback" }, cancellationToken);

    public Task<StagedInfo> GetStagedAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<StagedInfo>(VapiRequest.Get($"{Api}/staged", $"{Rest}/staged"), cancellationToken);

    public Task DeleteStagedAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync(new VapiRequest { Method = HttpMethod.Delete, Api = $"{Api}/staged", Rest = $"{Rest}/staged", Retry = RetryMode.Safe }, cancellationToken);

    public Task<PolicyInfo> GetPolicyAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<PolicyInfo>(VapiRequest.Get($"{Api}/policy", $"{Rest}/policy"), cancellationToken);

    public Task SetPolicyAsync(PolicyConfig policy, CancellationToken cancellationToken = default)
    {
        Arguments.NotNull(policy, nameof(policy));
        Arguments.NotNull(policy.CheckSchedule, "policy.CheckSchedule");
        if (policy.CustomUrl is { } custom && !Uri.TryCreate(custom, UriKind.Absolute, out _))
        {
            throw new ArgumentException("The custom repository URL must be absolute.", "policy.CustomUrl");
        }
        foreach (var time in policy.CheckSchedule)
        {
            Arguments.Defined(time.Day, "policy.CheckSchedule.Day");
            if (time.Hour is < 0 or > 23 || time.Minute is < 0 or > 59)
            {
                throw new ArgumentOutOfRangeException("policy.CheckSchedule", $"{time.Hour}:{time.Minute}", "Hours run 0-23 and minutes 0-59.");
            }
        }
        return context.Transport.SendAsync(new VapiRequest
        {
            // A full replacement: sending it twice leaves the same policy.
            Method = HttpMethod.Put, Api = $"{Api}/policy", Rest = $"{Rest}/policy", RestBodyName = "policy", Body = policy, Retry = RetryMode.Safe,
        }, cancellationToken);
    }

    public Task<UpdateRequirements> GetRequirementsAsync(string version, CancellationToken cancellationToken = default)
    {
        var v = Paths.Segment(version, nameof(version));
        return context.Transport.SendAsync<UpdateRequirements>(VapiRequest.Get($"{Api}/pending/{v}/requirements", null), cancellationToken);
    }

    public async Task<UpdateInfo> WaitAsync(WaitPolicy? policy = null, IProgress<UpdateInfo>? progress = null, CancellationToken cancellationToken = default)
    {
        var info = await context.Poller.UntilAsync("appliance update", GetAsync,
            i => i.State is not (UpdateState.StageInProgress or UpdateState.InstallInProgress or UpdateState.RollbackInProgress),
            policy ?? context.DefaultWait,
            i => (i.State, i.Task?.Progress?.Completed, i.Task?.Progress?.Message.Id), progress, cancellationToken);
        if (info.State == UpdateState.InstallFailed)
        {
            var messages = info.Task?.Progress?.Message is { } message ? new[] { message } : [];
            throw new VCenterOperationFailedException($"Installing update {info.Version} failed: {string.Join(" ", messages.Select(m => m.DefaultMessage))}",
                null, messages, info);
        }
        return info;
    }

    private async Task<string?> Detect(string version, UpdateState state, CancellationToken cancellationToken)
    {
        var info = await GetAsync(cancellationToken);
        return info.State == state && info.Version == version ? Started : null;
    }

    private VapiRequest Pending(string version, string action, object? userData)
    {
        var v = Paths.Segment(version, nameof(version));
        return new VapiRequest
        {
            Method = HttpMethod.Post, Api = $"{Api}/pending/{v}?action={action}", Rest = $"{Rest}/pending/{v}?action={action}",
            Body = userData, RestBodyName = userData is null ? null : "user_data",
        };
    }

    // user_data is a map under /api and a list of key/value pairs under /rest.
    private object UserData(IReadOnlyDictionary<string, string> userData)
    {
        Arguments.NotNull(userData, nameof(userData));
        foreach (var key in userData.Keys)
        {
            Arguments.NotEmpty(key, nameof(userData));
        }
        return context.Transport.Flavor == ApiFlavor.Rest
            ? userData.Select(p => new UserDataPair { Key = p.Key, Value = p.Value }).ToList()
            : new UserDataRequest { UserData = userData };
    }
}
