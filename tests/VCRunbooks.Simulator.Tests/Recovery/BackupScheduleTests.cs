using System.Net;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;
using static VCRunbooks.Simulator.Tests.Recovery.RecoveryScenario;

namespace VCRunbooks.Simulator.Tests.Recovery;

public sealed class BackupScheduleTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Schedules = "/api/appliance/recovery/backup/schedules";

    [Fact]
    public async Task Schedule_CreateGetUpdateDelete_RoundTrips()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var location = NewLocation();

        var created = await vc.PostAsync(Schedules, new ScheduleCreateRequest
        {
            Schedule = "default",
            Spec = new ScheduleCreateSpec
            {
                Location = location,
                LocationUser = "backup",
                LocationPassword = "Secret-1",
                Parts = ["seat"],
                RecurrenceInfo = new RecurrenceInfo { Hour = 23, Minute = 30, Days = [BackupDay.Saturday] },
                RetentionInfo = new RetentionInfo { MaxCount = 5 },
            },
        });
        var duplicate = await vc.PostAsync(Schedules, new ScheduleCreateRequest { Schedule = "default", Spec = new ScheduleCreateSpec { Location = location } });
        var got = (await vc.GetAsync($"{Schedules}/default")).As<ScheduleInfo>();
        var patched = await vc.PatchAsync($"{Schedules}/default", new ScheduleUpdateSpec { Enable = false, RetentionInfo = new RetentionInfo { MaxCount = 2 } });
        var listed = (await vc.GetAsync(Schedules)).As<Dictionary<string, ScheduleInfo>>();
        var deleted = await vc.DeleteAsync($"{Schedules}/default");
        var gone = await vc.GetAsync($"{Schedules}/default");

        Assert.Equal(HttpStatusCode.NoContent, created.Status);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.Status);
        Assert.Equal("ALREADY_EXISTS", duplicate.ErrorType);
        Assert.Equal(location, got.Location);
        Assert.True(got.Enable);
        Assert.Equal(["common", "seat"], got.Parts);
        Assert.Equal([BackupDay.Saturday], got.RecurrenceInfo!.Days);
        Assert.Equal(HttpStatusCode.NoContent, patched.Status);
        Assert.False(listed["default"].Enable);
        Assert.Equal(2, listed["default"].RetentionInfo!.MaxCount);
        Assert.Equal(23, listed["default"].RecurrenceInfo!.Hour);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Fact]
    public async Task Schedule_WhenDue_StartsABackupByItself()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var location = NewLocation();
        var due = sim.Host.Clock.GetUtcNow().AddHours(2);
        await CreateDailyScheduleAsync(vc, location, due, maxCount: 10);

        sim.Advance(TimeSpan.FromHours(1));
        await vc.LoginAsync();
        var before = (await vc.GetAsync(JobPath)).As<List<string>>();
        sim.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        await vc.LoginAsync();
        var after = (await vc.GetAsync(JobPath)).As<List<string>>();
        var job = (await vc.GetAsync($"{JobPath}/{Assert.Single(after)}")).As<BackupJobStatus>();
        var details = (await vc.GetAsync($"{JobPath}/details")).As<Dictionary<string, BackupJobDetails>>();

        Assert.Empty(before);
        Assert.Equal(new DateTimeOffset(due.Year, due.Month, due.Day, due.Hour, due.Minute, 0, TimeSpan.Zero), job.StartTime);
        Assert.Equal(ProcessState.InProgress, job.State);
        Assert.Equal(BackupJobType.Scheduled, details[job.Id].Type);
        Assert.Equal(1, vc.Appliance.Ledger.Count("backup.started"));
    }

    [Fact]
    public async Task Schedule_WithRetention_PrunesArchivesBeyondMaxCount()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var location = NewLocation();
        var manual = await RunBackupAsync(sim, vc, location, "manual before the schedule");
        await CreateDailyScheduleAsync(vc, location, sim.Host.Clock.GetUtcNow().AddHours(1), maxCount: 2);

        sim.Advance(TimeSpan.FromDays(4));
        await vc.LoginAsync();
        var jobs = (await vc.GetAsync(JobPath)).As<List<string>>();
        var archives = (await vc.PostAsync($"/api/appliance/recovery/backup/system-name/{vc.Appliance.Name}/archives?action=list",
            new ArchiveListRequest { LocSpec = new() { Location = location }, FilterSpec = new() })).As<List<ArchiveSummary>>();

        Assert.Equal(5, jobs.Count);
        Assert.Equal(5, vc.Appliance.Ledger.Count("backup.started"));
        Assert.Equal(2, archives.Count(a => a.Archive.StartsWith("S_", StringComparison.Ordinal)));
        Assert.Contains(archives, a => a.Timestamp == manual.StartTime);
        Assert.Equal(3, archives.Count);
    }

    [Fact]
    public async Task RunSchedule_WithAComment_StartsAJobNowWithThatComment()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var location = NewLocation();
        await CreateDailyScheduleAsync(vc, location, sim.Host.Clock.GetUtcNow().AddHours(12), maxCount: 3);

        var run = await vc.PostAsync($"{Schedules}/default?action=run", new ScheduleRunRequest { Comment = "before patching" });
        var busy = await vc.PostAsync($"{Schedules}/default?action=run", new ScheduleRunRequest());
        var unknown = await vc.PostAsync($"{Schedules}/nightly?action=run", new ScheduleRunRequest());
        sim.Advance(TimeSpan.FromMinutes(15));
        var archives = (await vc.PostAsync($"/api/appliance/recovery/backup/system-name/{vc.Appliance.Name}/archives?action=list",
            new ArchiveListRequest { LocSpec = new() { Location = location }, FilterSpec = new() { CommentSubstring = "patching" } })).As<List<ArchiveSummary>>();

        Assert.Equal(HttpStatusCode.OK, run.Status);
        Assert.Equal(ProcessState.InProgress, run.As<BackupJobStatus>().State);
        Assert.Equal("FEATURE_IN_USE", busy.ErrorType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Single(archives);
    }

    [Fact]
    public async Task CreateSchedule_WithBadInput_Answers400NamingTheField()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var noScheme = await vc.PostAsync(Schedules, new { schedule = "default", spec = new { location = "/storage/backups" } });
        var badHour = await vc.PostAsync(Schedules, new { schedule = "default", spec = new { location = NewLocation(), recurrence_info = new { hour = 24, minute = 0 } } });
        var noSpec = await vc.PostAsync(Schedules, new { schedule = "default" });
        var badPatch = await vc.PatchAsync($"{Schedules}/missing", new { enable = true });

        Assert.Equal("spec.location", ErrorField(noScheme));
        Assert.Equal("spec.recurrence_info.hour", ErrorField(badHour));
        Assert.Equal("spec", ErrorField(noSpec));
        Assert.Equal(HttpStatusCode.NotFound, badPatch.Status);
    }

    private static async Task CreateDailyScheduleAsync(VapiTestClient vc, string location, DateTimeOffset at, long maxCount)
    {
        var response = await vc.PostAsync(Schedules, new ScheduleCreateRequest
        {
            Schedule = "default",
            Spec = new ScheduleCreateSpec
            {
                Location = location,
                LocationUser = "backup",
                LocationPassword = "Secret-1",
                Parts = ["seat"],
                RecurrenceInfo = new RecurrenceInfo { Hour = at.UtcDateTime.Hour, Minute = at.UtcDateTime.Minute },
                RetentionInfo = new RetentionInfo { MaxCount = maxCount },
            },
        });
        Assert.Equal(HttpStatusCode.NoContent, response.Status);
    }
}
