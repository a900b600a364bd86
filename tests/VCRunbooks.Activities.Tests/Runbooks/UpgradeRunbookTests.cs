using System.Text.Json.Nodes;
using VCRunbooks.Activities.Tests.Infrastructure;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Activities.Tests.Runbooks;

public sealed class UpgradeRunbookTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string CertificateQuestion = "upgrade.source.certificate.untrusted";

    private static JsonObject Inputs(string target, params string[] rules) => new()
    {
        ["target"] = target,
        ["sourceHostname"] = "vcsa-old.sim.local",
        ["sourceSsoPasswordSecret"] = "sso",
        ["sourceRootPasswordSecret"] = "root",
        ["answerRules"] = new JsonArray([.. rules.Select(r => (JsonNode?)r)]),
    };

    private Appliance Deployed([System.Runtime.CompilerServices.CallerMemberName] string caller = "") =>
        sim.NewAppliance(new ApplianceSpec { Name = "x", State = ApplianceState.Initialized, SsoPassword = SimulatorFixture.Password, RootPassword = SimulatorFixture.Password }, caller);

    [Fact]
    public async Task Upgrade_QuestionAnsweredByPolicy_ConfiguresApplianceWithServicesRunning()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Deployed();

        var runId = await harness.StartRunAsync("upgrade", Inputs(harness.AddTarget(appliance), "certificate that is not trusted=YES"));
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.True(run.Status == RunStatus.Completed, run.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.Equal(ApplianceState.Configured, appliance.State);
        Assert.Equal(1, appliance.Ledger.Count("deployment.upgrade.started"));
        var journal = await harness.JournalTextAsync(runId);
        Assert.Contains($"Question {CertificateQuestion} answered YES by Policy", journal, StringComparison.Ordinal);
        Assert.DoesNotContain("Ask started", journal, StringComparison.Ordinal);
        Assert.Contains("CheckServices completed: Running", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upgrade_NoRuleMatches_AsksHumanWithPossibleAnswersAndPostsTheAnswer()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Deployed();
        var runId = await harness.StartRunAsync("upgrade", Inputs(harness.AddTarget(appliance), "some.other.question=NO"));

        var waiting = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));
        var question = Assert.Single(waiting.Waiting, w => w.Name == "question");
        Assert.Equal(RunStatus.Suspended, waiting.Status);
        Assert.Equal(ApplianceState.QuestionRaised, appliance.State);
        Assert.Equal(["YES", "NO"], question.Metadata!["allowedAnswers"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Contains("not trusted", question.Metadata["text"]!.GetValue<string>(), StringComparison.Ordinal);

        await harness.Engine.AnswerQuestionAsync(question.CorrelationKey!, "YES", "alice");
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.True(run.Status == RunStatus.Completed, run.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.Equal(ApplianceState.Configured, appliance.State);
        Assert.Contains($"Question {CertificateQuestion} answered YES by Human", await harness.JournalTextAsync(runId), StringComparison.Ordinal);
        Assert.Equal("alice", run.Outputs["ask"]["AnsweredBy"]!.GetValue<string>());
        Assert.Equal(1, appliance.Ledger.Count("deployment.upgrade.started"));
    }
}
