using System.Net;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Deployment;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Deployment;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Tests.Deployment;

public sealed class UpgradeTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Upgrade_EndToEnd_AsksAboutCertificateAndEndsConfiguredAtTargetVersion()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());

        var check = (await vc.Post("/api/vcenter/deployment/upgrade?action=check", Stage2.Upgrade())).As<CheckInfo>();
        var start = await vc.Post("/api/vcenter/deployment/upgrade?action=start", Stage2.Upgrade());
        sim.Advance(TimeSpan.FromMinutes(30));
        var waiting = await vc.Info();
        var question = (await vc.Get("/api/vcenter/deployment/question")).As<QuestionInfo>().Questions.Single();
        await vc.Post("/api/vcenter/deployment/question?action=answer", new AnswerSpec { QuestionId = question.Id, AnswerVal = question.DefaultAnswer });
        sim.Advance(TimeSpan.FromMinutes(35));
        var almost = await vc.Info();
        sim.Advance(TimeSpan.FromMinutes(1));
        var done = await vc.Info();
        var spec = (await vc.Get("/api/vcenter/deployment/upgrade")).As<UpgradeSpec>();

        Assert.Equal(CheckStatus.Success, check.Status);
        Assert.Equal("7.0.3.01800", check.SourceInfo!.Version);
        Assert.Equal(HttpStatusCode.NoContent, start.Status);
        Assert.Equal(ApplianceState.QuestionRaised, waiting.State);
        Assert.Equal(["precheck", "export", "rpminstall", "import", "firstboot"], waiting.SubtaskOrder!);
        Assert.Equal(QuestionCatalog.UpgradeCertificate, question.Id);
        Assert.Equal(QuestionType.YesNo, question.Type);
        Assert.Equal(ApplianceState.ConfigInProgress, almost.State);
        Assert.Equal(ApplianceState.Configured, done.State);
        Assert.Equal(TaskStatus.Succeeded, done.Status);
        Assert.Equal("8.0.2.00300", vc.Appliance.Version);
        Assert.Equal(VersionCatalog.Find("8.0.2.00300").Build, vc.Appliance.Build);
        Assert.Equal("********", spec.SourceAppliance.SsoAdminPassword);
        Assert.Equal(1, vc.Appliance.Ledger.Count("deployment.upgrade.started"));
    }

    [Fact]
    public async Task Upgrade_WithWrongSsoPassword_CheckFailsAndStartFailsInPrecheckThenRollsBack()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());

        var check = (await vc.Post("/api/vcenter/deployment/upgrade?action=check", Stage2.Upgrade(ssoPassword: "wrong"))).As<CheckInfo>();
        await vc.Post("/api/vcenter/deployment/upgrade?action=start", Stage2.Upgrade(ssoPassword: "wrong"));
        sim.Advance(TimeSpan.FromMinutes(7));
        var failed = await vc.Info();
        var rollback = await vc.Post("/api/vcenter/deployment?action=rollback");
        var after = await vc.Info();
        var retry = await vc.Post("/api/vcenter/deployment/upgrade?action=start", Stage2.Upgrade(ssoPassword: "VMware1!"));

        Assert.Equal(CheckStatus.Failed, check.Status);
        Assert.Equal("upgrade.source.sso.credentials.invalid", check.Result!.Errors!.Single().Id);
        Assert.Equal(ApplianceState.Failed, failed.State);
        Assert.Equal(TaskStatus.Failed, failed.Subtasks!["precheck"].Status);
        Assert.Equal("upgrade.source.sso.credentials.invalid", failed.Subtasks["precheck"].Result!.Errors!.Single().Id);
        Assert.Equal(TaskStatus.Pending, failed.Subtasks["export"].Status);
        Assert.Equal(HttpStatusCode.NoContent, rollback.Status);
        Assert.Equal(ApplianceState.Initialized, after.State);
        Assert.Equal(HttpStatusCode.NoContent, retry.Status);
        Assert.Equal("8.0.2.00100", vc.Appliance.Version);
    }

    [Fact]
    public async Task CheckUpgrade_UnreachableSource_Fails()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());

        var check = (await vc.Post("/api/vcenter/deployment/upgrade?action=check", Stage2.Upgrade(hostname: "gone.sim.local"))).As<CheckInfo>();

        Assert.Equal(CheckStatus.Failed, check.Status);
        Assert.Equal("deployment.host.unreachable", check.Result!.Errors!.Single().Id);
    }

    [Fact]
    public async Task Upgrade_AnsweredNo_Fails()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());
        await vc.Post("/api/vcenter/deployment/upgrade?action=start", Stage2.Upgrade());
        sim.Advance(TimeSpan.FromMinutes(25));

        var answer = await vc.Post("/api/vcenter/deployment/question?action=answer", new AnswerSpec { QuestionId = QuestionCatalog.UpgradeCertificate, AnswerVal = "NO" });
        var info = await vc.Info();

        Assert.Equal(HttpStatusCode.NoContent, answer.Status);
        Assert.Equal(ApplianceState.Failed, info.State);
        Assert.Equal("8.0.2.00100", vc.Appliance.Version);
    }

    [Fact]
    public async Task Upgrade_WithDeferredImport_StartsHistoryImportWhenConfigured()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());

        await vc.Post("/rest/vcenter/deployment/upgrade?action=start", new { spec = Stage2.Upgrade(deferImport: true) with { AutoAnswer = true } });
        sim.Advance(TimeSpan.FromMinutes(61));
        var info = await vc.Info();
        var history = (await vc.Get("/api/vcenter/deployment/history")).As<ImportHistoryInfo>();

        Assert.Equal(ApplianceState.Configured, info.State);
        Assert.Equal(TaskStatus.Running, history.Status);
        Assert.Equal(1, vc.Appliance.Ledger.Count("history.import.started"));
    }

    [Fact]
    public async Task Migrate_FromKnownWindowsSource_EndsConfigured()
    {
        using var vc = sim.NewAppliance(Stage2.Fresh());
        var spec = new MigrateSpec
        {
            SourceVcWindows = new SourceVcWindows { Hostname = "vcsa-old.sim.local", Username = "administrator@vsphere.local", Password = "VMware1!" },
            ExistingMigrationAssistant = new MigrationAssistantSpec { SslThumbprint = "AA:BB" },
            AutoAnswer = true,
        };

        var check = (await vc.Post("/api/vcenter/deployment/migrate?action=check", spec)).As<CheckInfo>();
        await vc.Post("/api/vcenter/deployment/migrate?action=start", spec);
        sim.Advance(TimeSpan.FromMinutes(60));
        var info = await vc.Info();
        var readBack = (await vc.Get("/api/vcenter/deployment/migrate")).As<MigrateSpec>();

        Assert.Equal(CheckStatus.Success, check.Status);
        Assert.Equal(ApplianceState.Configured, info.State);
        Assert.Equal("********", readBack.SourceVcWindows.Password);
        Assert.Equal(1, vc.Appliance.Ledger.Count("deployment.migrate.started"));
    }
}
