using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Update;
using VCRunbooks.VCenter.Tests.Infrastructure;

namespace VCRunbooks.VCenter.Tests.Update;

public sealed class UpdateTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    private const string Version = "8.0.2.00200";

    private static readonly WaitPolicy EveryMinute = new()
    {
        Backoff = new Backoff { InitialDelay = TimeSpan.FromSeconds(30), Factor = 2, MaxDelay = TimeSpan.FromMinutes(1), Jitter = 0 },
        Timeout = TimeSpan.FromHours(2),
    };

    private static readonly Dictionary<string, string> Answers = new() { ["vmdir.password"] = ClientFixture.Password };

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task StageThenInstall_WithWaits_EndsUpToDateThroughServiceRestarts(ApiFlavor flavor)
    {
        var appliance = WithPendingUpdate();
        await using var client = sim.Client(appliance, flavor);
        var reports = new ListProgress<UpdateInfo>();

        var pending = await client.Update.ListPendingAsync(UpdateSourceType.LocalAndOnline);
        var precheck = await client.Update.PrecheckAsync(Version);
        await client.Update.StageAsync(Version);
        var staged = await client.Update.WaitAsync(EveryMinute);
        var validation = await client.Update.ValidateAsync(Version, Answers);
        await client.Update.InstallAsync(Version, Answers);
        var installed = await client.Update.WaitAsync(EveryMinute, reports);

        Assert.Contains(pending, p => p.Version == Version);
        Assert.Contains(precheck.Questions, q => q.DataItem == "vmdir.password");
        Assert.Equal(UpdateState.UpdatesPending, staged.State);
        Assert.Null(validation.Errors);
        Assert.Equal(UpdateState.UpToDate, installed.State);
        Assert.Equal(Version, installed.Version);
        Assert.Contains(reports.Items, r => r.State == UpdateState.InstallInProgress);
    }

    [Fact]
    public async Task StageAndInstallAsync_InstallFailsHalfway_WaitThrowsWithFinalState()
    {
        var appliance = WithPendingUpdate();
        appliance.Faults.FailNextInstallAtPercent = 50;
        await using var client = sim.Client(appliance);
        await client.Update.ListPendingAsync(UpdateSourceType.LocalAndOnline);

        await client.Update.StageAndInstallAsync(Version, Answers);
        var ex = await Assert.ThrowsAsync<VCenterOperationFailedException>(() => client.Update.WaitAsync(EveryMinute));

        Assert.Equal(UpdateState.InstallFailed, Assert.IsType<UpdateInfo>(ex.FinalState).State);
    }

    [Fact]
    public async Task InstallAsync_WrongSsoPassword_ThrowsInvalidArgumentWithoutStarting()
    {
        var appliance = WithPendingUpdate();
        await using var client = sim.Client(appliance);
        await client.Update.ListPendingAsync(UpdateSourceType.LocalAndOnline);
        await client.Update.StageAsync(Version);
        await client.Update.WaitAsync(EveryMinute);

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Update.InstallAsync(Version, new Dictionary<string, string> { ["vmdir.password"] = "wrong" }));

        Assert.Equal(ErrorType.InvalidArgument, ex.ErrorType);
        Assert.DoesNotContain(appliance.Ledger.Entries, e => e.Kind == "update.install.started");
    }

    [Fact]
    public async Task StageAsync_Within503Window_StagesOnce()
    {
        var appliance = WithPendingUpdate();
        await using var client = sim.Client(appliance);
        await client.Update.ListPendingAsync(UpdateSourceType.LocalAndOnline);
        appliance.Faults.UnavailableUntil = sim.Host.Clock.GetUtcNow().AddSeconds(10);

        await client.Update.StageAsync(Version);

        Assert.Single(appliance.Ledger.Entries, e => e.Kind == "update.stage.started");
    }

    [Fact]
    public async Task InstallAsync_AnswerLostAfterInstallStarted_DoesNotInstallTwice()
    {
        var appliance = WithPendingUpdate();
        await using var client = sim.Client(appliance, configure: o => o.WrapHandler = inner =>
            new LoseAnswerHandler(r => r.RequestUri!.Query.Contains("action=install", StringComparison.Ordinal), inner));
        await client.Update.ListPendingAsync(UpdateSourceType.LocalAndOnline);
        await client.Update.StageAsync(Version);
        await client.Update.WaitAsync(EveryMinute);

        await client.Update.InstallAsync(Version, Answers);
        var done = await client.Update.WaitAsync(EveryMinute);

        Assert.Equal(UpdateState.UpToDate, done.State);
        Assert.Single(appliance.Ledger.Entries, e => e.Kind == "update.install.started");
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task SetPolicyAsync_Schedule_IsReadBack(ApiFlavor flavor)
    {
        await using var client = sim.Client(WithPendingUpdate(), flavor);

        await client.Update.SetPolicyAsync(new PolicyConfig
        {
            CheckSchedule = [new PolicyTime { Day = PolicyDay.Sunday, Hour = 3, Minute = 15 }],
            AutoStage = true,
        });
        var policy = await client.Update.GetPolicyAsync();

        Assert.True(policy.AutoStage);
        Assert.Equal(3, policy.CheckSchedule.Single().Hour);
    }

    [Fact]
    public async Task ListPendingAsync_UnknownSourceType_ThrowsNamingSource()
    {
        await using var client = sim.Client(WithPendingUpdate());

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Update.ListPendingAsync((UpdateSourceType)9));

        Assert.Equal("source", ex.ParamName);
    }

    [Fact]
    public async Task GetRequirementsAsync_PendingVersion_ReportsDiskAndServices()
    {
        await using var client = sim.Client(WithPendingUpdate());

        var requirements = await client.Update.GetRequirementsAsync(Version);

        Assert.True(requirements.RequiredDiskSpace > 0);
        Assert.NotEmpty(requirements.ServicesWillBeStopped);
    }

    private Appliance WithPendingUpdate([System.Runtime.CompilerServices.CallerMemberName] string caller = "") =>
        sim.NewAppliance(new ApplianceSpec { Name = "x", PendingUpdates = [Version] }, caller);
}
