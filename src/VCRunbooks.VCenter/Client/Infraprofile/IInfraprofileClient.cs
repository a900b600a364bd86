using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Infraprofile;

namespace VCRunbooks.VCenter.Client.Infraprofile;

/// <summary>Appliance configuration profiles (appliance.infraprofile.configs, /api only): list, export, validate, import.</summary>
public interface IInfraprofileClient
{
    /// <summary>The profiles the appliance can export (<c>GET /api/appliance/infraprofile/configs</c>).</summary>
    Task<IReadOnlyList<ProfileInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The configuration as a JSON document (a string), optionally limited to some profiles (<c>POST /api/appliance/infraprofile/configs?action=export</c>); NOT_FOUND for an unknown profile.</summary>
    Task<string> ExportAsync(ProfilesSpec? spec = null, CancellationToken cancellationToken = default);

    /// <summary>Validates a configuration document and returns its result (<c>POST .../configs?action=validate&amp;vmw-task=true</c>, then waits for the cis task).</summary>
    Task<ValidationResult> ValidateAsync(ImportProfileSpec spec, WaitPolicy? policy = null, CancellationToken cancellationToken = default);

    /// <summary>Imports a configuration document and returns its result (<c>POST .../configs?action=import&amp;vmw-task=true</c>, then waits for the cis task); NOT_ALLOWED_IN_CURRENT_STATE while another import runs. Not retried.</summary>
    Task<ImportResult> ImportAsync(ImportProfileSpec spec, WaitPolicy? policy = null, CancellationToken cancellationToken = default);
}
