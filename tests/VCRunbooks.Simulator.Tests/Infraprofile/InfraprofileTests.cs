using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Infraprofile;
using VCRunbooks.Simulator.Logging;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Infraprofile;
using VCRunbooks.VCenter.Json;
using VCRunbooks.VCenter.Logging;
using VCRunbooks.VCenter.Tasks;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Tests.Infraprofile;

public sealed class InfraprofileTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Path = "/api/appliance/infraprofile/configs";

    [Fact]
    public async Task List_ReturnsTheProfilesWithDescriptions()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var profiles = (await vc.GetAsync(Path)).As<List<ProfileInfo>>();

        Assert.Contains(profiles, p => p.Name == "ApplianceManagement" && p.Info.Contains("syslog", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_ReturnsJsonStringDescribingThisAppliance()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        await vc.PutAsync("/api/appliance/logging/forwarding", new { cfg_list = new[] { new { hostname = "log.lab.local", port = 514, protocol = "UDP" } } });

        var response = await vc.PostAsync($"{Path}?action=export", new { description = "golden", profiles = new[] { "ApplianceManagement" } });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var document = JsonNode.Parse(response.As<string>())!;
        Assert.Equal(vc.Appliance.Name, document["source"]!.GetValue<string>());
        Assert.Equal("golden", document["description"]!.GetValue<string>());
        Assert.Equal("log.lab.local", document["profiles"]!["ApplianceManagement"]!["config"]!["syslog"]![0]!["hostname"]!.GetValue<string>());
        Assert.Null(document["profiles"]!["ApplianceNetwork"]);
    }

    [Fact]
    public async Task Export_UnknownProfile_Answers404()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.PostAsync($"{Path}?action=export", new { profiles = new[] { "Nope" } });

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Contains("Nope", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ProfileFromAnotherAppliance_ChangesSyslogAndTimeSettingsWhenTaskCompletes()
    {
        using var source = sim.NewAppliance(caller: "src");
        using var target = sim.NewAppliance(caller: "dst");
        await source.LoginAsync();
        await target.LoginAsync();
        await source.PutAsync("/api/appliance/logging/forwarding", new { cfg_list = new[] { new { hostname = "central.lab.local", port = 6514, protocol = "TLS" } } });
        source.Appliance.Feature<ApplianceSettingsState>().NtpServers = ["ntp1.lab.local", "ntp2.lab.local"];
        var document = (await source.PostAsync($"{Path}?action=export", new { })).As<string>();

        var validateTask = (await target.PostAsync($"{Path}?action=validate&vmw-task=true", new { config_spec = document })).As<string>();
        var importTask = (await target.PostAsync($"{Path}?action=import&vmw-task=true", new { config_spec = document })).As<string>();
        var whileRunning = (await target.GetAsync("/api/appliance/logging/forwarding")).As<List<ForwardingConfig>>();
        var second = await target.PostAsync($"{Path}?action=import&vmw-task=true", new { config_spec = document });
        sim.Advance(TimeSpan.FromMinutes(3));
        var validation = await target.GetAsync($"/api/cis/tasks/{validateTask}");
        var imported = await target.GetAsync($"/api/cis/tasks/{importTask}");
        var after = (await target.GetAsync("/api/appliance/logging/forwarding")).As<List<ForwardingConfig>>();

        Assert.Equal(ValidationStatus.Valid, validation.Json.GetProperty("result").Deserialize<ValidationResult>(VCenterJson.Options)!.Status);
        Assert.Empty(whileRunning);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", second.ErrorType);
        Assert.Equal(TaskStatus.Succeeded, imported.As<TaskInfo>().Status);
        Assert.Equal("central.lab.local", Assert.Single(after).Hostname);
        Assert.Equal(["ntp1.lab.local", "ntp2.lab.local"], target.Appliance.Feature<ApplianceSettingsState>().NtpServers);
        Assert.Equal(1, target.Appliance.Ledger.Count("infraprofile.imported"));
    }

    [Theory]
    [InlineData("{not json", "malformed")]
    [InlineData("{\"version\":\"1.0\"}", "no_profiles")]
    [InlineData("{\"profiles\":{\"ApplianceManagement\":{\"config\":{\"syslog\":[{\"hostname\":\"a\",\"port\":99999,\"protocol\":\"UDP\"}]}}}}", "syslog_invalid")]
    [InlineData("{\"profiles\":{\"ApplianceManagement\":{\"config\":{\"syslog\":[{\"hostname\":\"a\",\"port\":514,\"protocol\":\"RELP\"}]}}}}", "syslog_invalid")]
    [InlineData("{\"profiles\":{\"ApplianceManagement\":{\"config\":{\"timesync\":{\"mode\":\"SUNDIAL\"}}}}}", "timesync_invalid")]
    [InlineData("{\"profiles\":{\"ApplianceManagement\":{\"config\":{\"timezone\":\"not a zone\"}}}}", "timezone_invalid")]
    [InlineData("{\"profiles\":{\"ApplianceNetwork\":{\"config\":{\"dns\":{\"servers\":[]}}}}}", "servers_invalid")]
    [InlineData("{\"profiles\":{\"Mystery\":{\"config\":{}}}}", "unknown_profile")]
    public async Task Validate_ProfileWithErrors_IsInvalidWithErrorNotification(string document, string notification)
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var taskId = (await vc.PostAsync($"{Path}?action=validate&vmw-task=true", new { config_spec = document })).As<string>();
        sim.Advance(InfraprofileState.ValidateDuration);
        var task = await vc.GetAsync($"/api/cis/tasks/{taskId}");

        var result = task.Json.GetProperty("result").Deserialize<ValidationResult>(VCenterJson.Options)!;
        Assert.Equal(ValidationStatus.Invalid, result.Status);
        Assert.Contains(result.Notifications!.Errors!, e => e.Notification == "com.vmware.appliance.infraprofile." + notification);
    }

    [Fact]
    public async Task Import_InvalidProfile_TaskFailsAndSettingsStay()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        await vc.PutAsync("/api/appliance/logging/forwarding", new { cfg_list = new[] { new { hostname = "keep.lab.local", port = 514, protocol = "UDP" } } });
        const string bad = "{\"profiles\":{\"ApplianceManagement\":{\"config\":{\"syslog\":[{\"port\":514,\"protocol\":\"UDP\"}]}}}}";

        var taskId = (await vc.PostAsync($"{Path}?action=import&vmw-task=true", new { config_spec = bad })).As<string>();
        sim.Advance(InfraprofileState.ImportDuration);
        var after = (await vc.GetAsync("/api/appliance/logging/forwarding")).As<List<ForwardingConfig>>();

        // Read the task from the appliance: the spec types TaskInfo.error as a string, a real vCenter sends an object.
        Assert.Equal(TaskStatus.Failed, vc.Appliance.Tasks.Find(taskId)!.Status);
        Assert.Equal("keep.lab.local", Assert.Single(after).Hostname);
        Assert.Null(vc.Appliance.Feature<InfraprofileState>().RunningImport);
        Assert.Equal(0, vc.Appliance.Ledger.Count("infraprofile.imported"));
    }

    [Fact]
    public async Task Validate_SameApplianceOtherMajorVersion_ReportsInfoAndWarning()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var document = JsonNode.Parse((await vc.PostAsync($"{Path}?action=export")).As<string>())!;
        document["productVersion"] = "7.0.3.01800";

        var taskId = (await vc.PostAsync($"{Path}?action=validate&vmw-task=true", new { config_spec = document.ToJsonString() })).As<string>();
        sim.Advance(InfraprofileState.ValidateDuration);
        var result = (await vc.GetAsync($"/api/cis/tasks/{taskId}")).Json.GetProperty("result").Deserialize<ValidationResult>(VCenterJson.Options)!;

        Assert.Equal(ValidationStatus.Valid, result.Status);
        Assert.Single(result.Notifications!.Warnings!);
        Assert.Single(result.Notifications!.Info!);
    }

    [Fact]
    public async Task Import_ByOperator_Answers403()
    {
        using var vc = sim.NewAppliance();
        vc.Appliance.Users.Add(new UserAccount("op@vsphere.local", "pw", Role.Operator, false));
        await vc.LoginAsync("op@vsphere.local", "pw");

        var response = await vc.PostAsync($"{Path}?action=import&vmw-task=true", new { config_spec = "{}" });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Empty(vc.Appliance.Feature<SyslogForwardingState>().Configs);
    }
}
