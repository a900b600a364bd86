using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Recovery.Backup;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Recovery.Restore;

namespace VCRunbooks.Simulator.Recovery.Restore;

/// <summary>
/// Finds the archive a restore request names and judges it against the appliance. Request problems (no archive
/// there, wrong passwords) throw with the <c>problem</c> error type passed to <see cref="Assess"/>: INVALID_ARGUMENT for job create,
/// ERROR for validate, whose spec lists no 400.
/// </summary>
internal static class RestoreChecks
{
    public static RestoreAssessment Assess(RestoreRequest request, Appliance appliance, ErrorType problem)
    {
        var location = LocationRules.Normalize(request.Location ?? "");
        var store = appliance.World.Feature<BackupArchiveStore>();
        store.CatchUp(appliance);
        var archive = store.FindByFullLocation(location)
            ?? throw Problem(problem, "location",
                $"No backup archive at '{location}'. Pass the archive's own folder, as archives get returns it: <backup location>/vCenter/sn_<system name>/<archive>.");
        if (LocationRules.TypeOf(location) is { } scheme && scheme != request.LocationType)
        {
            throw Problem(problem, "location_type", $"The location is a {scheme.ToString().ToUpperInvariant()} URL but location_type is {request.LocationType.ToString().ToUpperInvariant()}.");
        }
        if (archive.BackupPassword is { } password && !string.Equals(password, request.BackupPassword, StringComparison.Ordinal))
        {
            throw Problem(problem, "backup_password", request.BackupPassword is null
                ? "The backup archive is encrypted: backup_password is required."
                : "The backup password does not decrypt the backup archive.");
        }
        if (string.IsNullOrEmpty(request.SsoAdminUserName))
        {
            throw Problem(problem, "sso_admin_user_name", "The backed-up vCenter Server has an embedded SSO domain: SSO administrator credentials are required.");
        }
        if (!string.Equals(request.SsoAdminUserName, archive.SsoAdminUser, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(request.SsoAdminUserPassword, archive.SsoAdminPassword, StringComparison.Ordinal))
        {
            throw Problem(problem, "sso_admin_user_password", "The SSO administrator credentials do not match the backed-up SSO domain.");
        }

        var errors = new List<LocalizableMessage>();
        var warnings = new List<LocalizableMessage>();
        if (appliance.State != ApplianceState.Initialized)
        {
            errors.Add(RecoveryMessages.Of("restore.not_initialized", "Restore is allowed only after deployment and before firstboot."));
        }
        if (!SameRelease(appliance.Version, archive.Version))
        {
            errors.Add(RecoveryMessages.Of("restore.version_mismatch",
                $"The appliance runs {appliance.Version} but the backup is of {archive.Version}: deploy an appliance of the backup's release.", appliance.Version, archive.Version));
        }
        else if (appliance.Build != archive.Build)
        {
            warnings.Add(RecoveryMessages.Of("restore.build_mismatch",
                $"The appliance's build {appliance.Build} differs from the backup's build {archive.Build}; the restore brings the appliance to {archive.Version}.", appliance.Build, archive.Build));
        }
        return new RestoreAssessment(archive, errors, warnings);
    }

    /// <summary>Same major, minor and update (8.0.2.x): a restore needs the backup's release line.</summary>
    private static bool SameRelease(string a, string b) =>
        string.Equals(Release(a), Release(b), StringComparison.Ordinal);

    private static string Release(string version) => string.Join('.', version.Split('.').Take(3));

    private static VapiException Problem(ErrorType type, string field, string reason) =>
        type == ErrorType.InvalidArgument
            ? VapiException.InvalidArgument(field, reason)
            : new VapiException(type, "com.vmware.applmgmt.restore.validation_failed", $"Invalid value for '{field}': {reason}", field, reason);
}
