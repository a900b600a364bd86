using System.Net.Http.Json;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Tests.Infrastructure;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Tests.Deployment;

public sealed class UpgradeTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    private const string Source = "vcsa-old.sim.local";

    private static readonly WaitPolicy EveryMinute = new()
    {
        Backoff = new Backoff { InitialDelay = TimeSpan.FromMinutes(1), Factor = 1, MaxDelay = TimeSpan.FromMinutes(1), Jitter = 0 },
        Timeout = TimeSpan.FromHours(4),
    };

    private static UpgradeSpec Spec(bool deferImport) => new()
    {
        SourceAppliance = new SourceApplianceSpec
        {
            Hostname = Source, SsoAdminUsername = "administrator@vsphere.local", SsoAdminPassword = "VMware1!", RootPassword = "VMware1!",
        },
        SourceLocation = new SourceLocationSpec { Hostname = "esx-01.sim.local", Username = "root", Password = "VMware1!" },
        History = new HistoryMigrationSpec { DataSet = HistoryMigrationOption.All, DeferImport = deferImport },
        VcsaEmbedded = new CeipSpec { CeipEnabled = false },
    };

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task StartUpgradeAsync_ReachableSource_AnswersCertificateQuestionAndConfigures(ApiFlavor flavor)
    {
        var appliance = await WithSourceAsync();
        await using var client = sim.Client(appliance, flavor, VCenterCredentials.LocalRoot(ClientFixture.Password));
        var questions = new List<string>();

        var check = await client.Deployment.CheckUpgradeAsync(Spec(deferImport: false));
        await client.Deployment.StartUpgradeAsync(Spec(deferImport: false));
        var done = await client.Deployment.WaitAsync(q =>
        {
            questions.Add(q.Id);
            return q.PossibleAnswers.Contains("YES") ? "YES" : q.DefaultAnswer;
        }, EveryMinute);

        Assert.Equal(CheckStatus.Success, check.Status);
        Assert.Equal(Source, check.SourceInfo!.Hostname);
        Assert.Equal(ApplianceState.Configured, done.State);
        Assert.Contains("upgrade.source.certificate.untrusted", questions);
    }

    [Fact]
    public async Task History_DeferredImport_RunsToCompletionAfterUpgrade()
    {
        var appliance = await WithSourceAsync();
        await using var client = sim.Client(appliance, credentials: VCenterCredentials.LocalRoot(ClientFixture.Password));
        await client.Deployment.StartUpgradeAsync(Spec(deferImport: true));
        await client.Deployment.WaitAsync(q => q.PossibleAnswers.Contains("YES") ? "YES" : q.DefaultAnswer, EveryMinute);

        var history = await client.Deployment.History.WaitAsync(EveryMinute);

        Assert.Equal(TaskStatus.Succeeded, history.Status);
    }

    [Fact]
    public async Task CheckUpgradeAsync_UnknownSource_ReportsFailure()
    {
        var appliance = sim.NewAppliance(new ApplianceSpec { Name = "x", State = ApplianceState.Initialized });
        await using var client = sim.Client(appliance, credentials: VCenterCredentials.LocalRoot(ClientFixture.Password));

        var spec = Spec(deferImport: false);
        var check = await client.Deployment.CheckUpgradeAsync(spec with { SourceAppliance = spec.SourceAppliance with { Hostname = "never-registered.sim.local" } });

        Assert.Equal(CheckStatus.Failed, check.Status);
        Assert.NotEmpty(check.Result!.Errors!);
    }

    private async Task<Appliance> WithSourceAsync([System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        var appliance = sim.NewAppliance(new ApplianceSpec { Name = "x", State = ApplianceState.Initialized }, caller);
        using var http = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        using var response = await http.PostAsJsonAsync($"/simulator/appliances/{appliance.Name}/deployment/sources", new { hostname = Source });
        response.EnsureSuccessStatusCode();
        return appliance;
    }
}
