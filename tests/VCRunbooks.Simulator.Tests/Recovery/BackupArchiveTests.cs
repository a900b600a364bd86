using System.Net;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Recovery.Backup;
using static VCRunbooks.Simulator.Tests.Recovery.RecoveryScenario;

namespace VCRunbooks.Simulator.Tests.Recovery;

public sealed class BackupArchiveTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Systems = "/api/appliance/recovery/backup/system-name";

    [Fact]
    public async Task BackupJob_WhenItSucceeds_LeavesAnArchiveDescribedByListAndGet()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var location = NewLocation();
        var job = await RunBackupAsync(sim, vc, location, "change CHG-1042 key=7f3a");

        var systems = (await vc.PostAsync($"{Systems}?action=list", new LocationSpec { Location = location + "/" })).As<List<string>>();
        var archive = await OnlyArchiveAsync(vc, location);

        Assert.Equal([vc.Appliance.Name], systems);
        Assert.Equal(job.StartTime, archive.Timestamp);
        Assert.Equal(vc.Appliance.Version, archive.Version);
        Assert.Equal(vc.Appliance.Name, archive.SystemName);
        Assert.Equal("change CHG-1042 key=7f3a", archive.Comment);
        Assert.Equal(["common", "seat"], archive.Parts);
        Assert.StartsWith($"{location}/vCenter/sn_{vc.Appliance.Name}/M_{vc.Appliance.Version}_", archive.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListArchives_WithCommentSubstringAndLimits_ReturnsOnlyMatchingNewestFirst()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var location = NewLocation();
        var first = await RunBackupAsync(sim, vc, location, "nightly");
        var keyed = await RunBackupAsync(sim, vc, location, "runbook key=abc123");
        var last = await RunBackupAsync(sim, vc, location, "nightly");
        var path = $"{Systems}/{vc.Appliance.Name}/archives?action=list";

        var all = (await vc.PostAsync(path, new ArchiveListRequest { LocSpec = new() { Location = location }, FilterSpec = new() })).As<List<ArchiveSummary>>();
        var byKey = (await vc.PostAsync(path, new ArchiveListRequest { LocSpec = new() { Location = location }, FilterSpec = new() { CommentSubstring = "key=abc123" } })).As<List<ArchiveSummary>>();
        var newest = (await vc.PostAsync(path, new ArchiveListRequest { LocSpec = new() { Location = location }, FilterSpec = new() { MaxResults = 1 } })).As<List<ArchiveSummary>>();
        var window = (await vc.PostAsync(path, new ArchiveListRequest
        {
            LocSpec = new() { Location = location },
            FilterSpec = new() { StartTimestamp = keyed.StartTime, EndTimestamp = keyed.StartTime.AddSeconds(1) },
        })).As<List<ArchiveSummary>>();

        Assert.Equal([last.StartTime, keyed.StartTime, first.StartTime], all.Select(a => a.Timestamp));
        Assert.Equal("runbook key=abc123", Assert.Single(byKey).Comment);
        Assert.Equal(last.StartTime, Assert.Single(newest).Timestamp);
        Assert.Equal(keyed.StartTime, Assert.Single(window).Timestamp);
    }

    [Fact]
    public async Task ArchiveQueries_ForUnknownLocationSystemOrArchive_Answer404()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var location = NewLocation();
        await RunBackupAsync(sim, vc, location);

        var unknownLocation = await vc.PostAsync($"{Systems}?action=list", new LocationSpec { Location = NewLocation() });
        var unknownSystem = await vc.PostAsync($"{Systems}/vcsa-99.lab.local/archives?action=list",
            new ArchiveListRequest { LocSpec = new() { Location = location }, FilterSpec = new() });
        var unknownArchive = await vc.PostAsync($"{Systems}/{vc.Appliance.Name}/archives/M_8.0.2.00100_20200101-000000_?action=get",
            new LocationSpec { Location = location });

        Assert.Equal(HttpStatusCode.NotFound, unknownLocation.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknownSystem.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknownArchive.Status);
        Assert.Equal("NOT_FOUND", unknownArchive.ErrorType);
    }

    [Fact]
    public async Task Archives_AtOneLocation_AreSharedAcrossAppliances()
    {
        using var a = sim.NewAppliance(caller: "writer");
        using var b = sim.NewAppliance(caller: "reader");
        await a.LoginAsync();
        await b.LoginAsync();
        var location = NewLocation();
        await RunBackupAsync(sim, a, location, "from a");
        await RunBackupAsync(sim, b, location, "from b");

        var seenFromB = (await b.PostAsync($"{Systems}?action=list", new LocationSpec { Location = location })).As<List<string>>();
        var aArchives = (await b.PostAsync($"{Systems}/{a.Appliance.Name}/archives?action=list",
            new ArchiveListRequest { LocSpec = new() { Location = location }, FilterSpec = new() })).As<List<ArchiveSummary>>();

        Assert.Equal(new[] { a.Appliance.Name, b.Appliance.Name }.Order(StringComparer.Ordinal), seenFromB);
        Assert.Equal("from a", Assert.Single(aArchives).Comment);
    }

    [Fact]
    public async Task Archive_OfAnApplianceNobodyCalledSinceItsBackup_IsListedOnceTheBackupHasFinished()
    {
        using var a = sim.NewAppliance(caller: "writer");
        using var b = sim.NewAppliance(caller: "reader");
        await a.LoginAsync();
        await b.LoginAsync();
        var location = NewLocation();
        await a.PostAsync(JobPath, Request(location, "untouched"));

        sim.Advance(TimeSpan.FromMinutes(2));
        var whileRunning = await b.PostAsync($"{Systems}?action=list", new LocationSpec { Location = location });
        sim.Advance(TimeSpan.FromMinutes(13));
        await b.LoginAsync();
        var afterwards = await b.PostAsync($"{Systems}?action=list", new LocationSpec { Location = location });

        Assert.Equal(HttpStatusCode.NotFound, whileRunning.Status);
        Assert.Equal([a.Appliance.Name], afterwards.As<List<string>>());
    }

    [Fact]
    public async Task ScheduledArchive_OfAnUntouchedAppliance_IsSeenFromAnotherAppliance()
    {
        using var a = sim.NewAppliance(caller: "writer");
        using var b = sim.NewAppliance(caller: "reader");
        await a.LoginAsync();
        var location = NewLocation();
        var due = sim.Host.Clock.GetUtcNow().AddHours(1);
        await a.PostAsync("/api/appliance/recovery/backup/schedules", new ScheduleCreateRequest
        {
            Schedule = "default",
            Spec = new ScheduleCreateSpec { Location = location, RecurrenceInfo = new RecurrenceInfo { Hour = due.Hour, Minute = due.Minute } },
        });

        sim.Advance(TimeSpan.FromDays(1));
        await b.LoginAsync();
        var archives = await b.PostAsync($"{Systems}/{a.Appliance.Name}/archives?action=list",
            new ArchiveListRequest { LocSpec = new() { Location = location }, FilterSpec = new() });

        Assert.Equal(HttpStatusCode.OK, archives.Status);
        Assert.StartsWith("S_", Assert.Single(archives.As<List<ArchiveSummary>>()).Archive, StringComparison.Ordinal);
    }
}
