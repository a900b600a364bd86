using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Recovery.Backup;
using VCRunbooks.VCenter.Tests.Infrastructure;

namespace VCRunbooks.VCenter.Tests.Backup;

public sealed class BackupScheduleAndArchiveTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task Schedules_CreateGetUpdateRunDelete_RoundTrips(ApiFlavor flavor)
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance, flavor);
        var location = $"sftp://backup.sim.local/{Guid.NewGuid():N}";

        await client.Backup.Schedules.CreateAsync("default", new ScheduleCreateSpec
        {
            Location = location, LocationUser = "backup", LocationPassword = "Loc!Pass1", BackupPassword = "Bkp!Pass12",
            RecurrenceInfo = new RecurrenceInfo { Hour = 23, Minute = 30, Days = [BackupDay.Monday, BackupDay.Friday] },
            RetentionInfo = new RetentionInfo { MaxCount = 3 },
        });
        var listed = await client.Backup.Schedules.ListAsync();
        await client.Backup.Schedules.UpdateAsync("default", new ScheduleUpdateSpec { Enable = false });
        var updated = await client.Backup.Schedules.GetAsync("default");
        var run = await client.Backup.Schedules.RunAsync("default", "before patching");
        await client.Backup.WaitForJobAsync(run.Id, BackupJobTests.EveryFifteenSeconds);
        await client.Backup.Schedules.DeleteAsync("default");

        Assert.Equal(location, listed["default"].Location);
        Assert.Equal(23, listed["default"].RecurrenceInfo!.Hour);
        Assert.False(updated.Enable);
        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Backup.Schedules.GetAsync("default"));
        Assert.Equal(ErrorType.NotFound, ex.ErrorType);
    }

    [Fact]
    public async Task Schedules_CreateTwice_ThrowsAlreadyExists()
    {
        await using var client = sim.Client(sim.NewAppliance());
        var spec = new ScheduleCreateSpec { Location = "sftp://backup.sim.local/x", LocationUser = "u", LocationPassword = "Loc!Pass1" };
        await client.Backup.Schedules.CreateAsync("default", spec);

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Backup.Schedules.CreateAsync("default", spec));

        Assert.Equal(ErrorType.AlreadyExists, ex.ErrorType);
    }

    [Theory]
    [InlineData(24, 0, "spec.RecurrenceInfo.Hour")]
    [InlineData(1, 60, "spec.RecurrenceInfo.Minute")]
    public async Task Schedules_RecurrenceOutOfRange_ThrowsNamingTheField(int hour, int minute, string field)
    {
        await using var client = sim.Client(sim.NewAppliance());

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Backup.Schedules.CreateAsync("default",
            new ScheduleCreateSpec { Location = "sftp://b/x", RecurrenceInfo = new RecurrenceInfo { Hour = hour, Minute = minute } }));

        Assert.Equal(field, ex.ParamName);
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task Archives_AfterBackup_ListsSystemAndArchiveDetails(ApiFlavor flavor)
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance, flavor);
        var location = $"sftp://backup.sim.local/{Guid.NewGuid():N}";
        var job = await client.Backup.StartAsync(BackupJobTests.Request(location) with { Comment = "before upgrade" });
        await client.Backup.WaitForJobAsync(job.Id, BackupJobTests.EveryFifteenSeconds);
        var spec = new LocationSpec { Location = location, LocationUser = "backup", LocationPassword = "Loc!Pass1" };

        var systems = await client.Backup.Archives.ListSystemNamesAsync(spec);
        var archives = await client.Backup.Archives.ListAsync(appliance.Name, spec, new ArchiveFilterSpec { CommentSubstring = "upgrade" });
        var info = await client.Backup.Archives.GetAsync(appliance.Name, archives.Single().Archive, spec);

        Assert.Contains(appliance.Name, systems);
        Assert.Equal("before upgrade", archives.Single().Comment);
        Assert.Equal(appliance.Name, info.SystemName);
        Assert.Contains("common", info.Parts);
    }

    [Fact]
    public async Task Archives_UnknownLocation_ThrowsNotFound()
    {
        await using var client = sim.Client(sim.NewAppliance());

        var ex = await Assert.ThrowsAsync<VCenterException>(() =>
            client.Backup.Archives.ListSystemNamesAsync(new LocationSpec { Location = "sftp://nowhere.sim.local/none" }));

        Assert.Equal(ErrorType.NotFound, ex.ErrorType);
    }
}
