using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Tests.Infrastructure;

namespace VCRunbooks.VCenter.Tests.Deployment;

public sealed class DeploymentTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    private static readonly WaitPolicy EveryMinute = new()
    {
        Backoff = new Backoff { InitialDelay = TimeSpan.FromSeconds(30), Factor = 2, MaxDelay = TimeSpan.FromMinutes(1), Jitter = 0 },
        Timeout = TimeSpan.FromHours(3),
    };

    private static readonly InstallSpec Standalone = new()
    {
        VcsaEmbedded = new InstallVcsaEmbeddedSpec
        {
            CeipEnabled = false,
            Standalone = new StandaloneSpec { SsoAdminPassword = "Sso!Admin1", SsoDomainName = "vsphere.local" },
        },
    };

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task StartInstallAsync_ThenWait_ConfiguresTheAppliance(ApiFlavor flavor)
    {
        var appliance = Fresh();
        await using var client = Management(appliance, flavor);
        var reports = new ListProgress<DeploymentInfo>();

        var check = await client.Deployment.CheckInstallAsync(Standalone);
        await client.Deployment.StartInstallAsync(Standalone);
        var started = await client.Deployment.GetAsync();
        var done = await client.Deployment.WaitAsync(policy: EveryMinute, progress: reports);

        Assert.Equal(CheckStatus.Success, check.Status);
        Assert.Equal(ApplianceState.ConfigInProgress, started.State);
        Assert.Equal(ApplianceState.Configured, done.State);
        Assert.Equal(ApplianceState.Configured, appliance.State);
        Assert.True(reports.Items.Count >= 3);
        Assert.Single(appliance.Ledger.Entries, e => e.Kind == "deployment.install.started");
    }

    [Fact]
    public async Task WaitAsync_QuestionRaisedWithAnswerer_AnswersAndCompletes()
    {
        var appliance = Fresh();
        appliance.Faults.RaiseQuestion = "install.storage.low";
        await using var client = Management(appliance);
        var asked = new List<string>();

        await client.Deployment.StartInstallAsync(Standalone);
        var done = await client.Deployment.WaitAsync(q =>
        {
            asked.Add(q.Id);
            return q.DefaultAnswer;
        }, EveryMinute);

        Assert.Equal(ApplianceState.Configured, done.State);
        Assert.Equal(["install.storage.low"], asked);
    }

    [Fact]
    public async Task WaitAsync_QuestionRaisedWithoutAnswerer_ReturnsQuestionRaised()
    {
        var appliance = Fresh();
        appliance.Faults.RaiseQuestion = "install.storage.low";
        await using var client = Management(appliance);
        await client.Deployment.StartInstallAsync(Standalone);

        var waiting = await client.Deployment.WaitAsync(policy: EveryMinute);
        var questions = await client.Deployment.GetQuestionsAsync();

        Assert.Equal(ApplianceState.QuestionRaised, waiting.State);
        Assert.Equal(["ABORT", "RETRY", "IGNORE"], questions.Questions.Single().PossibleAnswers);
    }

    [Fact]
    public async Task WaitAsync_AnsweredAbort_ThrowsFailedAndRollbackReturnsToInitialized()
    {
        var appliance = Fresh();
        appliance.Faults.RaiseQuestion = "install.storage.low";
        await using var client = Management(appliance);
        await client.Deployment.StartInstallAsync(Standalone);

        var ex = await Assert.ThrowsAsync<VCenterOperationFailedException>(() => client.Deployment.WaitAsync(_ => "ABORT", EveryMinute));
        await client.Deployment.RollbackAsync();

        Assert.Equal(ApplianceState.Failed, Assert.IsType<DeploymentInfo>(ex.FinalState).State);
        Assert.Equal(ApplianceState.Initialized, (await client.Deployment.GetAsync()).State);
    }

    [Fact]
    public async Task CancelInstallAsync_Running_ReturnsToInitialized()
    {
        var appliance = Fresh();
        await using var client = Management(appliance);
        await client.Deployment.StartInstallAsync(Standalone);

        await client.Deployment.CancelInstallAsync();

        Assert.NotEqual(ApplianceState.ConfigInProgress, (await client.Deployment.GetAsync()).State);
    }

    [Fact]
    public async Task StartInstallAsync_AlreadyConfigured_ThrowsPermanentError()
    {
        await using var client = Management(sim.NewAppliance());

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Deployment.StartInstallAsync(Standalone));

        Assert.Equal(ErrorType.NotAllowedInCurrentState, ex.ErrorType);
        Assert.False(ex.IsTransient);
    }

    [Fact]
    public async Task StartInstallAsync_Within503Window_StartsOnce()
    {
        var appliance = Fresh();
        await using var client = Management(appliance);
        await client.Deployment.GetAsync();
        appliance.Faults.UnavailableUntil = sim.Host.Clock.GetUtcNow().AddSeconds(10);

        await client.Deployment.StartInstallAsync(Standalone);

        Assert.Single(appliance.Ledger.Entries, e => e.Kind == "deployment.install.started");
    }

    [Fact]
    public async Task StartInstallAsync_BothStandaloneAndReplicated_ThrowsNamingVcsaEmbedded()
    {
        await using var client = Management(Fresh());
        var both = Standalone with
        {
            VcsaEmbedded = Standalone.VcsaEmbedded with { Replicated = new ReplicatedSpec { PartnerHostname = "p", SsoAdminPassword = "x" } },
        };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Deployment.StartInstallAsync(both));

        Assert.Equal("spec.VcsaEmbedded", ex.ParamName);
    }

    [Fact]
    public async Task WaitForStateAsync_UnknownState_ThrowsNamingStates()
    {
        await using var client = Management(Fresh());

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Deployment.WaitForStateAsync([(ApplianceState)77]));

        Assert.Equal("states", ex.ParamName);
    }

    [Fact]
    public async Task WaitForStateAsync_Initialized_ReturnsAtOnce()
    {
        await using var client = Management(Fresh());

        var info = await client.Deployment.WaitForStateAsync([ApplianceState.Initialized], EveryMinute);

        Assert.Equal(ApplianceState.Initialized, info.State);
    }

    private Appliance Fresh([System.Runtime.CompilerServices.CallerMemberName] string caller = "") =>
        sim.NewAppliance(new ApplianceSpec { Name = "x", State = ApplianceState.Initialized }, caller);

    private IVCenterClient Management(Appliance appliance, ApiFlavor flavor = ApiFlavor.Api) =>
        sim.Client(appliance, flavor, VCenterCredentials.LocalRoot(ClientFixture.Password));
}
