using System.Net;
using System.Text.Json;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;
using static VCRunbooks.Simulator.Tests.Recovery.RecoveryScenario;

namespace VCRunbooks.Simulator.Tests.Recovery;

/// <summary>The deprecated /rest forms: bodies wrapped in piece/spec, results in value, GETs with query parameters.</summary>
public sealed class BackupRestFormTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Rest = "/rest/appliance/recovery/backup";

    [Fact]
    public async Task RestBackupJob_CreateGetCancel_UseWrappedBodiesAndValues()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var recovery = await vc.GetAsync("/rest/appliance/recovery");
        var validate = await vc.PostAsync($"{Rest}/validate", new { piece = Request(NewLocation()) });
        var created = await vc.PostAsync($"{Rest}/job", new { piece = Request(NewLocation()) });
        var id = RestValue<BackupJobStatus>(created).Id;
        sim.Advance(TimeSpan.FromMinutes(1));
        var got = await vc.GetAsync($"{Rest}/job/{Uri.EscapeDataString(id)}");
        var list = await vc.GetAsync($"{Rest}/job");
        var details = await vc.GetAsync($"{Rest}/job/details?filter.jobs={id}");
        var cancel = await vc.PostAsync($"{Rest}/job/{id}/cancel");
        var unwrapped = await vc.PostAsync($"{Rest}/job", Request(NewLocation()));

        Assert.True(RestValue<RecoveryInfo>(recovery).Supported);
        Assert.Equal(ReturnStatus.Ok, RestValue<ReturnResult>(validate).Status);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(ProcessState.InProgress, RestValue<BackupJobStatus>(got).State);
        Assert.Equal([id], RestValue<List<string>>(list));
        var entry = Assert.Single(details.Json.GetProperty("value").EnumerateArray());
        Assert.Equal(id, entry.GetProperty("key").GetString());
        Assert.Equal(ReturnStatus.Ok, RestValue<ReturnResult>(cancel).Status);
        Assert.Equal(HttpStatusCode.BadRequest, unwrapped.Status);
        Assert.Equal("com.vmware.vapi.std.errors.invalid_argument", unwrapped.Json.GetProperty("type").GetString());
    }

    [Fact]
    public async Task RestArchives_ListAndGet_TakeTheLocationAsQueryParameters()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var location = NewLocation();
        await RunBackupAsync(sim, vc, location, "rest key=42");
        var system = vc.Appliance.Name;
        var loc = Uri.EscapeDataString(location);

        var systems = await vc.GetAsync($"{Rest}/system-name?loc_spec.location={loc}");
        var archives = await vc.GetAsync($"{Rest}/system-name/{system}/archives?loc_spec.location={loc}&filter_spec.comment_substring=key%3D42");
        var none = await vc.GetAsync($"{Rest}/system-name/{system}/archives?loc_spec.location={loc}&filter_spec.comment_substring=other");
        var archiveId = RestValue<List<ArchiveSummary>>(archives).Single().Archive;
        var info = await vc.GetAsync($"{Rest}/system-name/{system}/archives/{archiveId}?spec.location={loc}");
        var missingLocation = await vc.GetAsync($"{Rest}/system-name");

        Assert.Equal([system], RestValue<List<string>>(systems));
        Assert.Empty(RestValue<List<ArchiveSummary>>(none));
        Assert.Equal("rest key=42", RestValue<ArchiveInfo>(info).Comment);
        Assert.Equal(HttpStatusCode.BadRequest, missingLocation.Status);
        Assert.Contains("loc_spec.location", missingLocation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestSchedules_CreateUpdateListRunDelete()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var location = NewLocation();

        var created = await vc.PostAsync($"{Rest}/schedules/weekly", new { spec = new ScheduleCreateSpec { Location = location, RecurrenceInfo = new() { Hour = 1, Minute = 0 } } });
        var updated = await vc.PutAsync($"{Rest}/schedules/update/weekly", new { spec = new ScheduleUpdateSpec { Parts = ["seat", "supervisors"] } });
        var list = await vc.GetAsync($"{Rest}/schedules");
        var got = await vc.GetAsync($"{Rest}/schedules/weekly");
        var run = await vc.PostAsync($"{Rest}/schedules/weekly?action=run", new { comment = "rest run" });
        var deleted = await vc.DeleteAsync($"{Rest}/schedules/weekly");

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(HttpStatusCode.OK, updated.Status);
        var entry = Assert.Single(list.Json.GetProperty("value").EnumerateArray());
        Assert.Equal("weekly", entry.GetProperty("key").GetString());
        Assert.Equal(["common", "seat", "supervisors"], RestValue<ScheduleInfo>(got).Parts);
        Assert.Equal(ProcessState.InProgress, RestValue<BackupJobStatus>(run).State);
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(JsonValueKind.Array, entry.GetProperty("value").GetProperty("parts").ValueKind);
    }
}
