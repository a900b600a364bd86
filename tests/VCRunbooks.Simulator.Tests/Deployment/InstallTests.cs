using System.Net;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Deployment;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Tests.Deployment;

public sealed class InstallTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Install_WithRaisedQuestionAnswered_EndsConfigured()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());
        vc.Appliance.Faults.RaiseQuestion = "install.storage.low";
        vc.Appliance.Faults.RaiseQuestionAtPercent = 40;

        var before = await vc.Info();
        var check = (await vc.Post("/api/vcenter/deployment/install?action=check", Stage2.Standalone())).As<CheckInfo>();
        var start = await vc.Post("/api/vcenter/deployment/install?action=start", Stage2.Standalone());
        sim.Advance(TimeSpan.FromMinutes(5));
        var running = await vc.Info();
        sim.Advance(TimeSpan.FromMinutes(10));
        var waiting = await vc.Info();
        var question = (await vc.Get("/api/vcenter/deployment/question")).As<QuestionInfo>().Questions.Single();
        sim.Advance(TimeSpan.FromMinutes(30));
        var stillWaiting = await vc.Info();
        var answered = await vc.Post("/api/vcenter/deployment/question?action=answer", new AnswerSpec { QuestionId = question.Id, AnswerVal = "IGNORE" });
        sim.Advance(TimeSpan.FromMinutes(15));
        var done = await vc.Info();

        Assert.Equal(ApplianceState.Initialized, before.State);
        Assert.Equal(CheckStatus.Success, check.Status);
        Assert.Equal(HttpStatusCode.NoContent, start.Status);
        Assert.Equal(ApplianceState.ConfigInProgress, running.State);
        Assert.Equal(TaskStatus.Running, running.Status);
        Assert.Equal(20, running.Progress!.Completed);
        Assert.Equal(["precheck", "rpminstall", "firstboot"], running.SubtaskOrder!);
        Assert.Equal(TaskStatus.Succeeded, running.Subtasks!["precheck"].Status);
        Assert.Equal(TaskStatus.Running, running.Subtasks["rpminstall"].Status);
        Assert.Equal(ApplianceState.QuestionRaised, waiting.State);
        Assert.Equal(40, waiting.Progress!.Completed);
        Assert.Equal("install.storage.low", question.Id);
        Assert.Equal(QuestionType.AbortRetryIgnore, question.Type);
        Assert.Equal(["ABORT", "RETRY", "IGNORE"], question.PossibleAnswers);
        Assert.Equal(40, stillWaiting.Progress!.Completed);
        Assert.Equal(HttpStatusCode.NoContent, answered.Status);
        Assert.Equal(ApplianceState.Configured, done.State);
        Assert.Equal(TaskStatus.Succeeded, done.Status);
        Assert.All(done.Subtasks!.Values, s => Assert.Equal(TaskStatus.Succeeded, s.Status));
        Assert.Equal(1, vc.Appliance.Ledger.Count("deployment.install.started"));
    }

    [Fact]
    public async Task Install_WithAutoAnswer_TakesDefaultAndNeverStops()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());
        vc.Appliance.Faults.RaiseQuestion = "install.storage.low";

        await vc.Post("/api/vcenter/deployment/install?action=start", Stage2.Standalone(autoAnswer: true));
        sim.Advance(TimeSpan.FromMinutes(12));
        var pastQuestion = await vc.Info();
        var noQuestion = await vc.Get("/api/vcenter/deployment/question");
        sim.Advance(TimeSpan.FromMinutes(13));
        var done = await vc.Info();

        Assert.Equal(ApplianceState.ConfigInProgress, pastQuestion.State);
        Assert.Equal(HttpStatusCode.BadRequest, noQuestion.Status);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", noQuestion.ErrorType);
        Assert.Equal(ApplianceState.Configured, done.State);
    }

    [Fact]
    public async Task AnswerQuestion_NotAPossibleAnswerOrUnknownId_Answers400NamingTheField()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());
        vc.Appliance.Faults.RaiseQuestion = "install.storage.low";
        await vc.Post("/api/vcenter/deployment/install?action=start", Stage2.Standalone());
        sim.Advance(TimeSpan.FromMinutes(11));

        var badAnswer = await vc.Post("/api/vcenter/deployment/question?action=answer", new AnswerSpec { QuestionId = "install.storage.low", AnswerVal = "MAYBE" });
        var badId = await vc.Post("/api/vcenter/deployment/question?action=answer", new AnswerSpec { QuestionId = "no.such.question", AnswerVal = "IGNORE" });
        var state = await vc.Info();

        Assert.Equal(HttpStatusCode.BadRequest, badAnswer.Status);
        Assert.Equal("INVALID_ARGUMENT", badAnswer.ErrorType);
        Assert.Contains("answer_val", badAnswer.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badId.Status);
        Assert.Contains("question_id", badId.Text, StringComparison.Ordinal);
        Assert.Equal(ApplianceState.QuestionRaised, state.State);
    }

    [Fact]
    public async Task AnswerQuestion_Abort_FailsTheInstallAndRollbackReturnsToInitialized()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());
        vc.Appliance.Faults.RaiseQuestion = "install.storage.low";
        await vc.Post("/api/vcenter/deployment/install?action=start", Stage2.Standalone());
        sim.Advance(TimeSpan.FromMinutes(11));

        await vc.Post("/api/vcenter/deployment/question?action=answer", new AnswerSpec { QuestionId = "install.storage.low", AnswerVal = "ABORT" });
        var failed = await vc.Info();
        var rollback = await vc.Post("/api/vcenter/deployment?action=rollback");
        var after = await vc.Info();
        var again = await vc.Post("/api/vcenter/deployment?action=rollback");

        Assert.Equal(ApplianceState.Failed, failed.State);
        Assert.Equal(TaskStatus.Failed, failed.Status);
        Assert.NotNull(failed.Subtasks!["rpminstall"].Result!.Errors);
        Assert.Equal(HttpStatusCode.NoContent, rollback.Status);
        Assert.Equal(ApplianceState.Initialized, after.State);
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("UNSUPPORTED", again.ErrorType);
    }

    [Fact]
    public async Task StartInstall_WhenNotInitialized_Answers400NotAllowed()
    {
        using var vc = sim.NewAppliance();

        var start = await vc.Post("/api/vcenter/deployment/install?action=start", Stage2.Standalone());

        Assert.Equal(HttpStatusCode.BadRequest, start.Status);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", start.ErrorType);
        Assert.Equal(0, vc.Appliance.Ledger.Count("deployment.install.started"));
    }

    [Fact]
    public async Task CancelInstall_OnlyWhileInProgress()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());

        var early = await vc.Post("/api/vcenter/deployment/install?action=cancel");
        await vc.Post("/api/vcenter/deployment/install?action=start", Stage2.Standalone());
        sim.Advance(TimeSpan.FromMinutes(3));
        var wrongOperation = await vc.Post("/api/vcenter/deployment/upgrade?action=cancel");
        var cancel = await vc.Post("/api/vcenter/deployment/install?action=cancel");
        var after = await vc.Info();

        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", early.ErrorType);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", wrongOperation.ErrorType);
        Assert.Equal(HttpStatusCode.NoContent, cancel.Status);
        Assert.Equal(ApplianceState.Failed, after.State);
    }

    [Fact]
    public async Task CheckInstall_WeakPassword_FailsNamingTheField()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());

        var check = (await vc.Post("/api/vcenter/deployment/install?action=check", Stage2.Standalone(password: "short"))).As<CheckInfo>();

        Assert.Equal(CheckStatus.Failed, check.Status);
        Assert.Contains("sso_admin_password", check.Result!.Errors!.Single().Message.DefaultMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartInstall_BadInput_Answers400NamingTheField()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());

        var malformed = await vc.SendAsync(HttpMethod.Post, "/api/vcenter/deployment/install?action=start", rootPassword: Stage2.Root, rawBody: "{\"vcsa_embedded\": ");
        var missing = await vc.SendAsync(HttpMethod.Post, "/api/vcenter/deployment/install?action=start", rootPassword: Stage2.Root,
            rawBody: "{\"vcsa_embedded\":{\"ceip_enabled\":true,\"standalone\":{\"sso_domain_name\":\"vsphere.local\"}}}");

        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Equal("INVALID_ARGUMENT", malformed.ErrorType);
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Contains("sso_admin_password", missing.Text, StringComparison.Ordinal);
        Assert.Equal(ApplianceState.Initialized, vc.Appliance.State);
    }

    [Fact]
    public async Task StartInstall_AsOperator_Answers403()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());
        vc.Appliance.Users.Add(new UserAccount("op@vsphere.local", "pw", Role.Operator, false));
        await vc.LoginAsync("op@vsphere.local", "pw");

        var read = await vc.GetAsync("/api/vcenter/deployment");
        var write = await vc.PostAsync("/api/vcenter/deployment/install?action=start", Stage2.Standalone());

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Equal(ApplianceState.Initialized, vc.Appliance.State);
    }

    [Fact]
    public async Task Deployment_WithoutCredentials_Answers401()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());

        var wrongRoot = await vc.SendAsync(HttpMethod.Get, "/api/vcenter/deployment", rootPassword: "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongRoot.Status);
    }

    [Fact]
    public async Task RestForms_On5480_AnswerUnwrappedInfoAndTakeWrappedSpec()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());

        var check = await vc.Post("/rest/vcenter/deployment/install?action=check", new { spec = Stage2.Standalone() });
        var start = await vc.Post("/rest/vcenter/deployment/install?action=start", new { spec = Stage2.Standalone(autoAnswer: true) });
        sim.Advance(TimeSpan.FromMinutes(20));
        var info = await vc.Get("/rest/vcenter/deployment");
        var spec = await vc.Get("/rest/vcenter/deployment/install");

        Assert.Equal("SUCCESS", check.Json.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Equal("CONFIG_IN_PROGRESS", info.Json.GetProperty("state").GetString());
        Assert.True(info.Json.GetProperty("subtasks").GetProperty("firstboot").TryGetProperty("progress", out _));
        Assert.Equal("********", spec.Json.GetProperty("vcsa_embedded").GetProperty("standalone").GetProperty("sso_admin_password").GetString());
    }

    [Fact]
    public async Task PscChecks_CheckPasswordsAndPartners()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());

        var standalone = (await vc.Post("/api/vcenter/deployment/install/psc/standalone?action=check", new StandalonePscSpec { SsoAdminPassword = "Sso-Pass1!" })).As<CheckInfo>();
        var replicated = (await vc.Post("/api/vcenter/deployment/install/psc/replicated?action=check",
            new ReplicatedPscSpec { PartnerHostname = "vcsa-old.sim.local", SsoAdminPassword = "wrong" })).As<CheckInfo>();
        var remote = (await vc.Post("/api/vcenter/deployment/install/remote-psc?action=check",
            new RemotePscSpec { PscHostname = "nowhere.sim.local", SsoAdminPassword = "VMware1!" })).As<CheckInfo>();

        Assert.Equal(CheckStatus.Success, standalone.Status);
        Assert.Equal("install.partner.sso.credentials.invalid", replicated.Result!.Errors!.Single().Id);
        Assert.Equal("deployment.host.unreachable", remote.Result!.Errors!.Single().Id);
    }
}
