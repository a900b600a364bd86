using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Logging;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Infraprofile;
using VCRunbooks.VCenter.Logging;

namespace VCRunbooks.Simulator.Infraprofile;

/// <summary>
/// Checks a profile document against an appliance: well-formed JSON, known profiles, valid settings (errors make it
/// INVALID); a document from another major version is a warning, one from this very appliance an info.
/// </summary>
internal static partial class ProfileValidator
{
    public static (ValidationResult Result, ParsedProfile? Parsed) Validate(Appliance appliance, string document, IReadOnlyList<string>? selected, DateTimeOffset now)
    {
        var findings = new Findings(now);
        var parsed = Parse(appliance, document, selected, findings);
        var result = new ValidationResult
        {
            Status = findings.Errors.Count == 0 ? ValidationStatus.Valid : ValidationStatus.Invalid,
            Notifications = findings.ToNotifications(),
        };
        return (result, findings.Errors.Count == 0 ? parsed : null);
    }

    public static string ShortVersion(string version) => string.Join('.', version.Split('.').Take(3));

    private static ParsedProfile? Parse(Appliance appliance, string document, IReadOnlyList<string>? selected, Findings findings)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(document) as JsonObject ?? throw new JsonException("the document is not a JSON object.");
        }
        catch (JsonException ex)
        {
            findings.Error("malformed", $"config_spec is not a valid profile document: {ex.Message}", "Export the profile again and pass it unchanged.");
            return null;
        }
        if (root["profiles"] is not JsonObject profiles)
        {
            findings.Error("no_profiles", "config_spec has no 'profiles' object.", "Export the profile again and pass it unchanged.");
            return null;
        }
        if (Text(root["productVersion"]) is { } version && version.Split('.')[0] != appliance.Version.Split('.')[0])
        {
            findings.Warning("version_mismatch", $"The profile was exported from vCenter Server {version}; this appliance runs {appliance.Version}.");
        }
        if (Text(root["source"]) is { } source && string.Equals(source, appliance.Name, StringComparison.OrdinalIgnoreCase))
        {
            findings.Info("same_source", "The profile was exported from this appliance; importing it changes nothing.");
        }
        foreach (var name in selected ?? [])
        {
            if (!profiles.ContainsKey(name))
            {
                findings.Error("profile_missing", $"Profile '{name}' is not in config_spec.");
            }
        }

        var parsed = new ParsedProfile();
        foreach (var (name, node) in profiles)
        {
            if (selected is { Count: > 0 } && !selected.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }
            if (!ProfileCatalog.Exists(name))
            {
                findings.Error("unknown_profile", $"Profile '{name}' is not known to this appliance.");
                continue;
            }
            if (node?["config"] is not JsonObject config)
            {
                findings.Error("no_config", $"Profile '{name}' has no 'config' object.");
                continue;
            }
            parsed.Profiles.Add(name);
            if (name == ProfileCatalog.ApplianceManagement)
            {
                ParseManagement(config, parsed, findings);
            }
            else
            {
                parsed.DnsServers = Servers(config["dns"]?["servers"], $"{name}.dns.servers", findings, allowEmpty: false);
            }
        }
        return parsed;
    }

    private static void ParseManagement(JsonObject config, ParsedProfile parsed, Findings findings)
    {
        const string at = ProfileCatalog.ApplianceManagement;
        if (config["syslog"] is JsonArray syslog)
        {
            try
            {
                var configs = syslog.Deserialize<List<ForwardingConfig>>(VCenter.Json.VCenterJson.Options) ?? [];
                if (SyslogForwardingState.Validate(configs) is var (field, reason))
                {
                    findings.Error("syslog_invalid", $"{at}.syslog: {field}: {reason}");
                }
                parsed.Syslog = configs;
            }
            catch (JsonException ex)
            {
                findings.Error("syslog_invalid", $"{at}.syslog is not a list of syslog servers (hostname, port, protocol TLS|UDP|TCP): {ex.Message}");
            }
        }
        if (config["timesync"]?["mode"] is { } modeNode)
        {
            var mode = Text(modeNode);
            if (mode is null || !ProfileCatalog.TimeSyncModes.Contains(mode))
            {
                findings.Error("timesync_invalid", $"{at}.timesync.mode '{modeNode.ToJsonString()}' is not NTP, HOST or DISABLED.");
            }
            parsed.TimeSyncMode = mode;
        }
        if (config["ntp"] is { } ntp)
        {
            parsed.NtpServers = Servers(ntp["servers"], $"{at}.ntp.servers", findings, allowEmpty: parsed.TimeSyncMode != "NTP");
        }
        if (config["timezone"] is { } zoneNode)
        {
            var zone = Text(zoneNode);
            if (zone is null || !TimeZonePattern().IsMatch(zone))
            {
                findings.Error("timezone_invalid", $"{at}.timezone '{zoneNode.ToJsonString()}' is not a time zone name such as Etc/UTC or Europe/Berlin.");
            }
            parsed.TimeZone = zone;
        }
    }

    private static List<string>? Servers(JsonNode? node, string at, Findings findings, bool allowEmpty)
    {
        if (node is not JsonArray array)
        {
            findings.Error("servers_invalid", $"{at} must be a list of host names or IP addresses.");
            return null;
        }
        var servers = array.Select(Text).ToList();
        if (servers.Any(s => string.IsNullOrWhiteSpace(s) || s.Contains(' ', StringComparison.Ordinal)))
        {
            findings.Error("servers_invalid", $"{at} contains an empty or malformed host name.");
        }
        if (servers.Count == 0 && !allowEmpty)
        {
            findings.Error("servers_invalid", $"{at} must name at least one server.");
        }
        return servers.Where(s => s is not null).Select(s => s!).ToList();
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    [GeneratedRegex("^(UTC|[A-Z][A-Za-z_+-]*(/[A-Za-z0-9_+-]+)+)$")]
    private static partial Regex TimeZonePattern();

    private sealed class Findings(DateTimeOffset now)
    {
        private readonly List<ProfileNotification> _info = [];
        private readonly List<ProfileNotification> _warnings = [];

        public List<ProfileNotification> Errors { get; } = [];

        public void Error(string id, string text, string? resolution = null) => Errors.Add(Make(id, text, resolution));

        public void Warning(string id, string text) => _warnings.Add(Make(id, text, null));

        public void Info(string id, string text) => _info.Add(Make(id, text, null));

        public ProfileNotifications ToNotifications() => new()
        {
            Info = _info.Count > 0 ? _info : null,
            Warnings = _warnings.Count > 0 ? _warnings : null,
            Errors = Errors.Count > 0 ? Errors : null,
        };

        private ProfileNotification Make(string id, string text, string? resolution) => new()
        {
            Notification = "com.vmware.appliance.infraprofile." + id,
            Time = now,
            Message = LocalizableMessage.Of("com.vmware.appliance.infraprofile." + id, text),
            Resolution = resolution is null ? null : LocalizableMessage.Of("com.vmware.appliance.infraprofile." + id + ".resolution", resolution),
        };
    }
}
