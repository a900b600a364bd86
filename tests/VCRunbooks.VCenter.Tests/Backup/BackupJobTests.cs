using System.Net;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;
using VCRunbooks.VCenter.Tests.Infrastructure;

namespace VCRunbooks.VCenter.Tests.Backup;

public sealed class BackupJobTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    internal static readonly WaitPolicy EveryFifteenSeconds = new()
    {
        Backoff = new Backoff { InitialDelay = TimeSpan.FromSeconds(15), Factor = 1, MaxDelay = TimeSpan.FromSeconds(15), Jitter = 0 },
        Timeout = TimeSpan.FromHours(1),
    };

    internal static BackupRequest Request(string location = "sftp://backup.sim.local/vcsa") => new()
    {
        Parts = ["common"],
        LocationType = LocationType.Sftp,
        Location = location,
        LocationUser = "backup",
        LocationPassword = "Loc!Pass1",
        BackupPassword = "Bkp!Pass12",
        Comment = "nightly",
    };

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task ListPartsAsync_Appliance_ReturnsCommonPartWithSize(ApiFlavor flavor)
    {
        await using var client = sim.Client(sim.NewAppliance(), flavor);

        var recovery = await client.Backup.GetRecoveryAsync();
        var parts = await client.Backup.ListPartsAsync();
        var size = await client.Backup.GetPartSizeAsync("common");

        Assert.True(recovery.Supported);
        Assert.Contains(parts, p => p.Id == "common" && !p.Optional);
        Assert.True(size > 0);
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task ValidateAsync_NoLocationCredentials_ReturnsWarning(ApiFlavor flavor)
    {
        await using var client = sim.Client(sim.NewAppliance(), flavor);

        var result = await client.Backup.ValidateAsync(Request() with { LocationUser = null, LocationPassword = null });

        Assert.Equal(ReturnStatus.Warning, result.Status);
        Assert.Contains(result.Messages, m => m.Id.Contains("no_credentials", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task StartAsync_ThenWait_SucceedsReportingProgressAndIsListed(ApiFlavor flavor)
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance, flavor);
        var reports = new ListProgress<BackupJobStatus>();

        var job = await client.Backup.StartAsync(Request());
        var done = await client.Backup.WaitForJobAsync(job.Id, EveryFifteenSeconds, reports);
        var details = await client.Backup.GetJobDetailsAsync([job.Id]);

        Assert.Equal(ProcessState.InProgress, job.State);
        Assert.Equal(ProcessState.Succeeded, done.State);
        Assert.Equal(100, done.Progress);
        Assert.True(reports.Items.Count >= 3, $"progress should be reported as it changes, got {reports.Items.Count}");
        Assert.Equal(reports.Items.Select(r => r.Progress).Order(), reports.Items.Select(r => r.Progress));
        Assert.Contains(job.Id, await client.Backup.ListJobsAsync());
        Assert.Equal(BackupJobType.Manual, details[job.Id].Type);
    }

    [Fact]
    public async Task WaitForJobAsync_JobFailsHalfway_ThrowsWithFinalState()
    {
        var appliance = sim.NewAppliance();
        appliance.Faults.FailNextBackupAtPercent = 50;
        await using var client = sim.Client(appliance);

        var job = await client.Backup.StartAsync(Request());
        var ex = await Assert.ThrowsAsync<VCenterOperationFailedException>(() => client.Backup.WaitForJobAsync(job.Id, EveryFifteenSeconds));

        var final = Assert.IsType<BackupJobStatus>(ex.FinalState);
        Assert.Equal(ProcessState.Failed, final.State);
        Assert.NotEmpty(ex.Messages);
    }

    [Fact]
    public async Task StartAsync_Within503Window_StartsExactlyOneBackup()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);
        await client.Session.GetAsync();
        appliance.Faults.UnavailableUntil = sim.Host.Clock.GetUtcNow().AddSeconds(10);

        var job = await client.Backup.StartAsync(Request());

        Assert.Single(appliance.Ledger.Entries, e => e.Kind == "backup.started");
        Assert.Equal(job.Id, appliance.Ledger.Entries.Single(e => e.Kind == "backup.started").Subject);
    }

    [Fact]
    public async Task StartAndWait_UnderRandom5xx_StartsExactlyOneBackupAndFinishes()
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);
        await client.Session.GetAsync();
        appliance.Faults.SeedRandom(7);
        appliance.Faults.Random5xxRate = 0.3;

        var job = await client.Backup.StartAsync(Request());
        var done = await client.Backup.WaitForJobAsync(job.Id, EveryFifteenSeconds);

        Assert.Equal(ProcessState.Succeeded, done.State);
        Assert.Single(appliance.Ledger.Entries, e => e.Kind == "backup.started");
    }

    [Fact]
    public async Task StartAsync_AnswerLostAfterTheJobStarted_ReturnsThatJobWithoutStartingAnother()
    {
        var appliance = sim.NewAppliance();
        LoseAnswerHandler? loser = null;
        await using var client = sim.Client(appliance, configure: o => o.WrapHandler = inner =>
            loser = new LoseAnswerHandler(r => r.Method == HttpMethod.Post && r.RequestUri!.AbsolutePath.EndsWith("/backup/job", StringComparison.Ordinal), inner));

        var job = await client.Backup.StartAsync(Request());

        Assert.Equal(1, loser!.Lost);
        var started = Assert.Single(appliance.Ledger.Entries, e => e.Kind == "backup.started");
        Assert.Equal(started.Subject, job.Id);
    }

    [Fact]
    public async Task StartAsync_BackupAlreadyRunning_ThrowsPermanentFeatureInUse()
    {
        await using var client = sim.Client(sim.NewAppliance());
        await client.Backup.StartAsync(Request());

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Backup.StartAsync(Request()));

        Assert.Equal(ErrorType.FeatureInUse, ex.ErrorType);
        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.False(ex.IsTransient);
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task CancelJobAsync_RunningJob_EndsItFailed(ApiFlavor flavor)
    {
        await using var client = sim.Client(sim.NewAppliance(), flavor);
        var job = await client.Backup.StartAsync(Request());

        var result = await client.Backup.CancelJobAsync(job.Id);

        Assert.Equal(ReturnStatus.Ok, result.Status);
        await Assert.ThrowsAsync<VCenterOperationFailedException>(() => client.Backup.WaitForJobAsync(job.Id, EveryFifteenSeconds));
    }

    [Theory]
    [InlineData("short1!")]
    [InlineData("waytoolongpassword1!X")]
    [InlineData("nouppercase1!")]
    [InlineData("NoSpecial123")]
    [InlineData("Has Space1!")]
    public async Task StartAsync_PasswordBreaksSpecRule_ThrowsBeforeSending(string password)
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Backup.StartAsync(Request() with { BackupPassword = password }));

        Assert.Equal("request.BackupPassword", ex.ParamName);
        Assert.Equal(0, appliance.Sessions.Count);
    }

    [Fact]
    public async Task StartAsync_UnknownLocationType_ThrowsNamingIt()
    {
        await using var client = sim.Client(sim.NewAppliance());

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Backup.StartAsync(Request() with { LocationType = (LocationType)99 }));

        Assert.Equal("request.LocationType", ex.ParamName);
    }

    [Fact]
    public async Task StartAsync_EmptyLocation_ThrowsNamingIt()
    {
        await using var client = sim.Client(sim.NewAppliance());

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Backup.StartAsync(Request() with { Location = " " }));

        Assert.Equal("request.Location", ex.ParamName);
    }
}
