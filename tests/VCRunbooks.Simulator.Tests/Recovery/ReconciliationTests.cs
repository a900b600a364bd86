using System.Net;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Recovery.Reconciliation;
using static VCRunbooks.Simulator.Tests.Recovery.RecoveryScenario;

namespace VCRunbooks.Simulator.Tests.Recovery;

public sealed class ReconciliationTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Path = "/api/appliance/recovery/reconciliation/job";

    [Fact]
    public async Task GetReconciliationJob_BeforeAny_Answers404()
    {
        using var b = await RestoredApplianceAsync(sim);

        var response = await AsRootAsync(b, HttpMethod.Get, Path);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
    }

    [Fact]
    public async Task CreateReconciliationJob_WithoutARestore_Answers400InvalidArgument()
    {
        using var vc = sim.NewAppliance();

        var response = await AsRootAsync(vc, HttpMethod.Post, Path, Reconcile());

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_ARGUMENT", response.ErrorType);
        Assert.Contains("restored", response.Text, StringComparison.Ordinal);
        Assert.Equal(0, vc.Appliance.Ledger.Count("reconcile.started"));
    }

    [Fact]
    public async Task CreateReconciliationJob_WithMissingOrWrongSsoCredentials_Answers400NamingTheField()
    {
        using var b = await RestoredApplianceAsync(sim);

        var noPassword = await AsRootAsync(b, HttpMethod.Post, Path, Reconcile() with { SsoAdminUserPassword = null });
        var noBody = await AsRootAsync(b, HttpMethod.Post, Path);
        var wrong = await AsRootAsync(b, HttpMethod.Post, Path, Reconcile() with { SsoAdminUserPassword = "nope" });

        Assert.Equal("sso_admin_user_password", ErrorField(noPassword));
        Assert.Equal("sso_admin_user_name", ErrorField(noBody));
        Assert.Equal("sso_admin_user_password", ErrorField(wrong));
        Assert.Equal(0, b.Appliance.Ledger.Count("reconcile.started"));
    }

    [Fact]
    public async Task Reconciliation_WithUnreachablePartnerAndWarningsNotIgnored_Fails()
    {
        using var b = await RestoredApplianceAsync(sim);
        b.Appliance.Faults.PartnerUnreachableOnNextReconcile = true;

        var created = await AsRootAsync(b, HttpMethod.Post, Path, Reconcile());
        var busy = await AsRootAsync(b, HttpMethod.Post, Path, Reconcile());
        sim.Advance(TimeSpan.FromMinutes(1));
        var failed = (await AsRootAsync(b, HttpMethod.Get, Path)).As<ReconciliationInfo>();

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(HttpStatusCode.BadRequest, busy.Status);
        Assert.Equal(ReconciliationStatus.Failed, failed.Status);
        Assert.Contains(failed.Messages, m => m.DefaultMessage.Contains("unreachable", StringComparison.Ordinal));
        Assert.Contains("ignore_warnings", failed.Error, StringComparison.Ordinal);
        Assert.NotNull(failed.EndTime);
    }

    [Fact]
    public async Task Reconciliation_WithUnreachablePartnerAndWarningsIgnored_SucceedsWithTheWarning()
    {
        using var b = await RestoredApplianceAsync(sim);
        b.Appliance.Faults.PartnerUnreachableOnNextReconcile = true;

        var created = await AsRootAsync(b, HttpMethod.Post, Path, Reconcile(ignoreWarnings: true));
        sim.Advance(TimeSpan.FromMinutes(6));
        var done = (await AsRootAsync(b, HttpMethod.Get, Path)).As<ReconciliationInfo>();

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(ReconciliationStatus.Succeeded, done.Status);
        Assert.Contains(done.Messages, m => m.DefaultMessage.Contains("unreachable", StringComparison.Ordinal));
        Assert.Null(done.Error);
        Assert.False(b.Appliance.Faults.PartnerUnreachableOnNextReconcile);
    }

    [Fact]
    public async Task Reconciliation_AfterAFailure_CanBeRetried()
    {
        using var b = await RestoredApplianceAsync(sim);
        b.Appliance.Faults.PartnerUnreachableOnNextReconcile = true;
        await AsRootAsync(b, HttpMethod.Post, Path, Reconcile());
        sim.Advance(TimeSpan.FromMinutes(1));

        var retry = await AsRootAsync(b, HttpMethod.Post, Path, Reconcile());
        sim.Advance(TimeSpan.FromMinutes(6));
        var done = (await AsRootAsync(b, HttpMethod.Get, Path)).As<ReconciliationInfo>();

        Assert.Equal(HttpStatusCode.Created, retry.Status);
        Assert.Equal(ReconciliationStatus.Succeeded, done.Status);
        Assert.Equal(2, b.Appliance.Ledger.Count("reconcile.started"));
    }

    [Fact]
    public async Task RestReconciliation_CreateAndGet_UseTheSpecWrapper()
    {
        using var b = await RestoredApplianceAsync(sim);

        var created = await AsRootAsync(b, HttpMethod.Post, "/rest/appliance/recovery/reconciliation/job", new { spec = Reconcile() });
        var got = await AsRootAsync(b, HttpMethod.Get, "/rest/appliance/recovery/reconciliation/job");

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(ReconciliationStatus.Running, RestValue<ReconciliationInfo>(created).Status);
        Assert.Equal(ReconciliationStatus.Running, RestValue<ReconciliationInfo>(got).Status);
    }
}
