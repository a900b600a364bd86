using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Simulator.Recovery.Backup;

/// <summary>The checks a backup request goes through: errors answer 400 naming the field, warnings are reported.</summary>
internal static class BackupRequestRules
{
    public static (BackupTarget Target, IReadOnlyList<LocalizableMessage> Warnings) Check(BackupRequest request)
    {
        var location = LocationRules.Require(request.Location, "location");
        CheckPassword(request.BackupPassword, "backup_password");
        var target = new BackupTarget
        {
            Location = location,
            LocationType = request.LocationType,
            LocationUser = request.LocationUser,
            Parts = BackupParts.Selection(request.Parts, "parts"),
            BackupPassword = request.BackupPassword,
            Comment = request.Comment ?? "",
            FastBackup = request.FastBackup,
        };
        return (target, Warnings(location, request.LocationType, request.LocationUser, request.LocationPassword));
    }

    public static IReadOnlyList<LocalizableMessage> Warnings(string location, LocationType type, string? user, string? password)
    {
        var warnings = new List<LocalizableMessage>();
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(password))
        {
            warnings.Add(RecoveryMessages.Of("validate.no_credentials",
                $"No credentials were given for '{location}': the backup server must accept anonymous access.", location));
        }
        if (LocationRules.TypeOf(location) is { } scheme && scheme != type)
        {
            warnings.Add(RecoveryMessages.Of("validate.type_mismatch",
                $"The location's scheme does not match location type {type.ToString().ToUpperInvariant()}.", location));
        }
        return warnings;
    }

    /// <summary>The spec's backup password rules: 8-20 visible ASCII characters with upper, lower, digit and special.</summary>
    public static void CheckPassword(string? password, string field)
    {
        if (password is null)
        {
            return;
        }
        var ok = password.Length is >= 8 and <= 20
            && password.All(c => c is > ' ' and <= '~')
            && password.Any(char.IsAsciiLetterUpper)
            && password.Any(char.IsAsciiLetterLower)
            && password.Any(char.IsAsciiDigit)
            && password.Any(c => !char.IsAsciiLetterOrDigit(c));
        if (!ok)
        {
            throw VapiException.InvalidArgument(field,
                "the backup password must be 8-20 visible ASCII characters with at least one upper-case letter, one lower-case letter, one digit and one special character.");
        }
    }
}
