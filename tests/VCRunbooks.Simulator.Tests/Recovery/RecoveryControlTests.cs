using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;
using static VCRunbooks.Simulator.Tests.Recovery.RecoveryScenario;

namespace VCRunbooks.Simulator.Tests.Recovery;

/// <summary>The recovery scenario endpoints of the control API (/simulator/appliances/{name}/recovery).</summary>
public sealed class RecoveryControlTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task PlantArchive_ThenRestoreIt_WorksWithoutRunningABackup()
    {
        using var a = sim.NewAppliance();
        using var b = FreshAppliance(sim);
        using var control = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        var location = NewLocation();

        var planted = await control.PostAsJsonAsync($"/simulator/appliances/{a.Appliance.Name}/recovery/archives",
            new { location, comment = "planted", backupPassword = BackupPassword });
        var archiveLocation = (await planted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("archiveLocation").GetString()!;
        var created = await AsRootAsync(b, HttpMethod.Post, RestoreJobPath, Restore(archiveLocation));
        sim.Advance(TimeSpan.FromMinutes(16));
        var summary = await control.GetFromJsonAsync<JsonElement>($"/simulator/appliances/{b.Appliance.Name}/recovery");

        Assert.Equal(HttpStatusCode.Created, planted.StatusCode);
        Assert.StartsWith($"{location}/vCenter/sn_{a.Appliance.Name}/M_", archiveLocation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("SUCCEEDED", summary.GetProperty("restoreState").GetString());
        Assert.Equal(archiveLocation, summary.GetProperty("restoredFrom").GetString());
    }

    [Fact]
    public async Task ArchivesWritten_AndWipe_ReflectTheBackupLocation()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        using var control = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        var location = NewLocation();
        var job = await RunBackupAsync(sim, vc, location, "to be wiped");

        var written = await control.GetFromJsonAsync<JsonElement>($"/simulator/appliances/{vc.Appliance.Name}/recovery/archives");
        var summary = await control.GetFromJsonAsync<JsonElement>($"/simulator/appliances/{vc.Appliance.Name}/recovery");
        var wiped = await control.DeleteAsync($"/simulator/appliances/{vc.Appliance.Name}/recovery/archives?location={Uri.EscapeDataString(location)}");
        var systems = await vc.PostAsync("/api/appliance/recovery/backup/system-name?action=list", new LocationSpec { Location = location });
        var noLocation = await control.DeleteAsync($"/simulator/appliances/{vc.Appliance.Name}/recovery/archives");

        Assert.Equal("to be wiped", Assert.Single(written.EnumerateArray()).GetProperty("comment").GetString());
        Assert.Equal(job.Id, Assert.Single(summary.GetProperty("backupJobs").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(ProcessState.Succeeded.ToString().ToUpperInvariant(), summary.GetProperty("backupJobs")[0].GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, wiped.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, systems.Status);
        Assert.Equal(HttpStatusCode.BadRequest, noLocation.StatusCode);
    }
}
