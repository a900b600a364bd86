using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.Simulator.Update;

/// <summary>The update policy of one appliance: repository, check schedule, auto-staging. The password is kept, never shown.</summary>
internal sealed class UpdatePolicy(string installedVersion)
{
    private PolicyConfig _config = new()
    {
        CheckSchedule = [new PolicyTime { Day = PolicyDay.Sunday, Hour = 0, Minute = 0 }],
        AutoStage = false,
        CertificateCheck = true,
    };

    public string DefaultUrl { get; } = $"https://vapp-updates.vmware.com/vai-catalog/valm/vmw/vcsa/{installedVersion}.latest/";

    public string? CustomUrl => _config.CustomUrl;

    public PolicyInfo Info() => new()
    {
        CustomUrl = _config.CustomUrl,
        DefaultUrl = DefaultUrl,
        Username = _config.Username,
        CheckSchedule = _config.CheckSchedule,
        AutoStage = _config.AutoStage,
        AutoUpdate = false,
        ManualControl = !_config.AutoStage,
        CertificateCheck = _config.CertificateCheck ?? true,
    };

    public void Set(PolicyConfig config)
    {
        if (config.CustomUrl is { Length: > 0 } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            throw VapiException.InvalidArgument("custom_URL", $"'{url}' is not an http(s) URL.");
        }
        for (var i = 0; i < config.CheckSchedule.Count; i++)
        {
            var time = config.CheckSchedule[i];
            if (time.Hour is < 0 or > 23)
            {
                throw VapiException.InvalidArgument($"check_schedule[{i}].hour", "the hour must be between 0 and 23.");
            }
            if (time.Minute is < 0 or > 59)
            {
                throw VapiException.InvalidArgument($"check_schedule[{i}].minute", "the minute must be between 0 and 59.");
            }
        }
        _config = config with { CustomUrl = string.IsNullOrEmpty(config.CustomUrl) ? null : config.CustomUrl };
    }
}
