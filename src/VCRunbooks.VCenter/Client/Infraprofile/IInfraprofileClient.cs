using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Infraprofile;

namespace VCRunbooks.VCenter.Client.Infraprofile;

/// <summary>Appliance configuration profiles (appliance.infraprofile.configs, /api only): list, export, validate, import.</summary>
public interface IInfraprofileClient
{
    /// <summary>The profiles the appliance can export (<c>GET /api/appliance/infraprofile/configs</c>).</summary>
    Task<IReadOnlyList<ProfileInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The configuration as a JSON document (a string), optionally limited to some profiles.</summary>
    Task<string> ExportAsync(ProfilesSpec? spec = null, CancellationToken cancellationToken = default);

    /// <summary>Validates a configuration document (a cis task) and returns its result.</summary>
    Task<ValidationResult> ValidateAsync(ImportProfileSpec spec, WaitPolicy? policy = null, CancellationToken cancellationToken = default);

    /// <summary>Imports a configuration document (a cis task) and returns its result.</summary>
    Task<ImportResult> ImportAsync(ImportProfileSpec spec, WaitPolicy? policy = null, CancellationToken cancellationToken = default);
}
