using System.Text.Json.Nodes;
using VCRunbooks.Activities.Tests.Infrastructure;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Activities.Tests.Runbooks;

public sealed class UpgradeRunbookTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string CertificateQuestion = "upgrade.source.certificate.untrusted";
    private const string CertificateText = "The source appliance presents a certificate that is not trusted. Continue the upgrade and trust it?";

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
        Assert.Equal("Policy", run.Outputs["answer"]["Source"]!.GetValue<string>());
        Assert.DoesNotContain("Waiting on event question", journal, StringComparison.Ordinal);
        Assert.Empty(run.Outputs["services"]["Stopped"]!.AsArray());
        Assert.True(run.Outputs["services"]["Checked"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Upgrade_RulesGivenAsAMap_AnswerByPolicy()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Deployed();
        var inputs = Inputs(harness.AddTarget(appliance));
        inputs["answerRules"] = new JsonObject { ["some.other.question"] = "NO", ["certificate that is not trusted"] = "YES" };

        var runId = await harness.StartRunAsync("upgrade", inputs);
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.True(run.Status == RunStatus.Completed, run.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.Equal(ApplianceState.Configured, appliance.State);
        Assert.Contains($"Question {CertificateQuestion} answered YES by Policy", await harness.JournalTextAsync(runId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upgrade_MalformedRule_IsRefusedAtStartNamingTheEntryAndStartsNothing()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Deployed();

        var error = await Assert.ThrowsAsync<EngineArgumentException>(() => harness.StartRunAsync("upgrade", Inputs(harness.AddTarget(appliance), "certificate=YES", "trust it")));

        Assert.Contains("input 'answerRules': item 1 ('trust it') is not \"key=value\"", error.Message, StringComparison.Ordinal);
        Assert.Empty(appliance.Ledger.Entries);
    }

    [Fact]
    public async Task Upgrade_NoRuleMatches_AnswerQuestionAsksWithTheAppliancesTextAndPostsTheAnswer()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Deployed();
        var target = harness.AddTarget(appliance);
        var runId = await harness.StartRunAsync("upgrade", Inputs(target, "some.other.question=NO"));

        var question = await QuestionAsync(harness, runId, appliance);
        // The appliance's own question, word for word, with its possible answers and default, raised by AnswerQuestion itself.
        Assert.Equal($"Stage 2 of {target} asks: {CertificateText}", question.Text);
        Assert.Equal(["YES", "NO"], question.AllowedAnswers);
        Assert.Equal("YES", question.DefaultAnswer);
        Assert.Equal("answer", question.ActivityId);
        Assert.Equal(harness.Clock.GetUtcNow() + TimeSpan.FromHours(4), question.TimesOutAt);

        await harness.Engine.AnswerQuestionAsync(question.QuestionId, "yes", "alice");
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.True(run.Status == RunStatus.Completed, run.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.Equal(ApplianceState.Configured, appliance.State);
        Assert.Contains($"Question {CertificateQuestion} answered YES by Human", await harness.JournalTextAsync(runId), StringComparison.Ordinal);
        Assert.Equal(("Human", "YES", "alice"), Answered(run));
        var posted = Assert.Single(appliance.Ledger.Entries, e => e.Kind == "deployment.question.answered");
        Assert.Equal((CertificateQuestion, "YES"), (posted.Subject, posted.Detail));
        Assert.Equal(1, appliance.Ledger.Count("deployment.upgrade.started"));
    }

    [Fact]
    public async Task Upgrade_QuestionWaitsAcrossARestart_TheAnswerIsPostedOnce()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Deployed();
        var runId = await harness.StartRunAsync("upgrade", Inputs(harness.AddTarget(appliance)));
        var asked = await QuestionAsync(harness, runId, appliance);

        await harness.RestartAsync();
        var reopened = Assert.Single(await harness.Engine.ListQuestionsAsync(runId));
        await harness.Engine.AnswerQuestionAsync(reopened.QuestionId, "YES", "alice");
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.Equal(asked.QuestionId, reopened.QuestionId);
        Assert.True(run.Status == RunStatus.Completed, run.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.Equal(("Human", "YES", "alice"), Answered(run));
        Assert.Equal(1, appliance.Ledger.Count("deployment.question.answered"));
        Assert.Equal(ApplianceState.Configured, appliance.State);
    }

    [Fact]
    public async Task Upgrade_NobodyAnswersWithinTheTimeout_VCentersDefaultIsPosted()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = Deployed();
        var inputs = Inputs(harness.AddTarget(appliance));
        inputs["questionTimeout"] = "00:10:00";
        var runId = await harness.StartRunAsync("upgrade", inputs);
        await QuestionAsync(harness, runId, appliance);

        await harness.AdvanceAsync(TimeSpan.FromMinutes(10));
        var run = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));

        Assert.True(run.Status == RunStatus.Completed, run.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.Equal(("Default", "YES", null), Answered(run));
        var posted = Assert.Single(appliance.Ledger.Entries, e => e.Kind == "deployment.question.answered");
        Assert.Equal((CertificateQuestion, "YES"), (posted.Subject, posted.Detail));
    }

    /// <summary>
    /// Runs stay pinned to the version they started on: a version published before AnswerQuestion asked itself
    /// (its AskHuman outcome leading to an Ask step and a second AnswerQuestion) still validates, asks the same
    /// question, and posts the answer once.
    /// </summary>
    [Fact]
    public async Task Upgrade_VersionWithTheAskHumanDetour_StillAsksAndPostsTheAnswerOnce()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var legacy = await harness.Engine.PublishAsync(RunbookJson.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Runbooks", "Published", "upgrade-askhuman.json"))));
        Assert.Contains(legacy.Activities, a => a.Id == "ask");
        var appliance = Deployed();
        var target = harness.AddTarget(appliance);
        var started = await harness.Engine.StartRunAsync("upgrade", Inputs(target), version: legacy.Version);
        await harness.IdleAsync();

        var question = await QuestionAsync(harness, started.Id, appliance);
        Assert.Equal($"Stage 2 of {target} asks: {CertificateText}", question.Text);
        Assert.Equal(["YES", "NO"], question.AllowedAnswers);
        await harness.Engine.AnswerQuestionAsync(question.QuestionId, "NO", "bob");
        var run = await harness.DriveAsync(started.Id, TimeSpan.FromSeconds(30));

        Assert.Equal(legacy.Version, run.Version);
        Assert.Equal(("Human", "NO", "bob"), Answered(run));
        var posted = Assert.Single(appliance.Ledger.Entries, e => e.Kind == "deployment.question.answered");
        Assert.Equal((CertificateQuestion, "NO"), (posted.Subject, posted.Detail));
    }

    private static async Task<OpenQuestion> QuestionAsync(RunbookHarness harness, string runId, Appliance appliance)
    {
        var waiting = await harness.DriveAsync(runId, TimeSpan.FromSeconds(30));
        Assert.True(waiting.Status == RunStatus.Suspended, waiting.Error + "\n" + await harness.JournalTextAsync(runId));
        Assert.Single(waiting.Waiting, w => w.Name == "question");
        Assert.Equal(ApplianceState.QuestionRaised, appliance.State);
        Assert.Equal(0, appliance.Ledger.Count("deployment.question.answered"));
        return Assert.Single(await harness.Engine.ListQuestionsAsync(runId));
    }

    private static (string? Source, string? Answer, string? AnsweredBy) Answered(RunDetails run) => (
        run.Outputs["answer"]["Source"]?.GetValue<string>(),
        run.Outputs["answer"]["Answer"]?.GetValue<string>(),
        run.Outputs["answer"]["AnsweredBy"]?.GetValue<string>());
}
