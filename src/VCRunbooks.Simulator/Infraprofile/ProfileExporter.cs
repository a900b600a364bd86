using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Logging;
using VCRunbooks.VCenter.Json;

namespace VCRunbooks.Simulator.Infraprofile;

/// <summary>Writes an appliance's settings as a profile document: the JSON that export returns as a string.</summary>
internal static class ProfileExporter
{
    public static string Export(Appliance appliance, IReadOnlyList<string> profiles, string? description, DateTimeOffset now)
    {
        var settings = appliance.Feature<ApplianceSettingsState>();
        var content = new JsonObject();
        foreach (var name in profiles)
        {
            content[name] = new JsonObject
            {
                ["version"] = ProfileValidator.ShortVersion(appliance.Version),
                ["config"] = name switch
                {
                    ProfileCatalog.ApplianceManagement => new JsonObject
                    {
                        ["syslog"] = JsonSerializer.SerializeToNode(appliance.Feature<SyslogForwardingState>().Configs, VCenterJson.Options),
                        ["timesync"] = new JsonObject { ["mode"] = settings.TimeSyncMode },
                        ["ntp"] = new JsonObject { ["servers"] = new JsonArray([.. settings.NtpServers.Select(s => JsonValue.Create(s))]) },
                        ["timezone"] = settings.TimeZone,
                    },
                    _ => new JsonObject { ["dns"] = new JsonObject { ["servers"] = new JsonArray([.. settings.DnsServers.Select(s => JsonValue.Create(s))]) } },
                },
            };
        }
        var document = new JsonObject
        {
            ["version"] = "1.0",
            ["productName"] = "VMware vCenter Server",
            ["productVersion"] = appliance.Version,
            ["source"] = appliance.Name,
            ["creationTime"] = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
            ["description"] = description ?? "",
            ["profiles"] = content,
        };
        return document.ToJsonString();
    }
}
