using System.Net;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.Simulator.Update;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.Simulator.Tests.Update;

public sealed class UpdateInputTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Target = UpdateFlowTests.Target;

    // The /api form of the pending list declares no 400 in the spec, so the check goes through the /rest form, which does.
    [Theory]
    [InlineData("ONLINE")]
    [InlineData("DEFAULT")]
    public async Task ListPending_SourceTypeNotAllowed_Answers400NamingSourceType(string sourceType)
    {
        using var vc = sim.NewAppliance(UpdateFlowTests.WithUpdate(), caller: "pending-" + sourceType.ToLowerInvariant());
        await vc.LoginAsync();

        var response = await vc.GetAsync($"/rest/appliance/update/pending?source_type={sourceType}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("com.vmware.vapi.std.errors.invalid_argument", response.Json.GetProperty("type").GetString());
        Assert.Contains("source_type", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPending_CustomRepository_OffersItsVersionsAndUnknownUrlIs404()
    {
        using var vc = sim.NewAppliance(UpdateFlowTests.WithUpdate());
        vc.Appliance.Feature<UpdateFeature>().Offer("8.0.3.00000", "https://repo.sim.local/vcsa");
        await vc.LoginAsync();

        var custom = (await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE&url=https://repo.sim.local/vcsa")).As<List<UpdateSummary>>();
        var unknown = await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE&url=https://nowhere.sim.local/");
        var lastCheck = (await vc.GetAsync("/api/appliance/update/pending?source_type=LAST_CHECK")).As<List<UpdateSummary>>();

        Assert.Equal("8.0.3.00000", Assert.Single(custom).Version);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("8.0.3.00000", Assert.Single(lastCheck).Version);
    }

    [Fact]
    public async Task Install_MissingOrWrongVmdirPassword_Answers400NamingTheKey()
    {
        using var vc = sim.NewAppliance(UpdateFlowTests.WithUpdate());
        await vc.LoginAsync();
        await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE");
        await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=stage");
        sim.Advance(TimeSpan.FromMinutes(5));

        var validate = (await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=validate", new UserDataRequest { UserData = new Dictionary<string, string>() })).As<VCenter.Common.Notifications>();
        var missing = await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=install", new UserDataRequest { UserData = new Dictionary<string, string>() });
        var wrong = await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=install", new UserDataRequest { UserData = new Dictionary<string, string> { ["vmdir.password"] = "nope" } });
        var noBody = await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=install", new { });
        var malformed = await vc.SendAsync(HttpMethod.Post, $"/api/appliance/update/pending/{Target}?action=install", rawBody: "{\"user_data\": {");

        Assert.Contains("vmdir.password", Assert.Single(validate.Errors!).Message.DefaultMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("INVALID_ARGUMENT", missing.ErrorType);
        Assert.Contains("user_data.vmdir.password", missing.Text, StringComparison.Ordinal);
        Assert.Contains("not correct", wrong.Text, StringComparison.Ordinal);
        Assert.Contains("user_data", noBody.Text, StringComparison.Ordinal);
        Assert.Equal("INVALID_ARGUMENT", malformed.ErrorType);
        Assert.Equal(0, vc.Appliance.Ledger.Count("update.install.started"));
    }

    [Fact]
    public async Task StageOrInstall_OutOfOrder_Answers400NotAllowed()
    {
        using var vc = sim.NewAppliance(UpdateFlowTests.WithUpdate());
        await vc.LoginAsync();

        var stageUnchecked = await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=stage");
        await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE");
        var installUnstaged = await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=install", UpdateFlowTests.Answers);
        var unknownVersion = await vc.PostAsync("/api/appliance/update/pending/9.9.9.99999?action=precheck");

        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", stageUnchecked.ErrorType);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", installUnstaged.ErrorType);
        Assert.Equal(HttpStatusCode.NotFound, unknownVersion.Status);
    }

    [Fact]
    public async Task Stage_AsOperator_Answers403ButReadsWork()
    {
        using var vc = sim.NewAppliance(UpdateFlowTests.WithUpdate());
        vc.Appliance.Users.Add(new UserAccount("op@vsphere.local", "pw", Role.Operator, false));
        await vc.LoginAsync("op@vsphere.local", "pw");

        var read = await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE");
        var stage = await vc.PostAsync($"/api/appliance/update/pending/{Target}?action=stage");
        var policy = await vc.PutAsync("/api/appliance/update/policy", new PolicyConfig { CheckSchedule = [], AutoStage = true });

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.Forbidden, stage.Status);
        Assert.Equal(HttpStatusCode.Forbidden, policy.Status);
    }

    [Fact]
    public async Task RestForms_On5480WithRoot_StageAndInstallWithPairsAndPolicy()
    {
        using var vc = sim.NewAppliance(UpdateFlowTests.WithUpdate());
        const string Root = "VMware1!";

        var check = await vc.SendAsync(HttpMethod.Get, "/rest/appliance/update/pending?source_type=LOCAL_AND_ONLINE", rootPassword: Root);
        var start = await vc.SendAsync(HttpMethod.Post, $"/rest/appliance/update/pending/{Target}?action=stage-and-install", rootPassword: Root,
            rawBody: $"{{\"version\":\"{Target}\",\"user_data\":[{{\"key\":\"vmdir.password\",\"value\":\"VMware1!\"}}]}}");
        var info = await vc.SendAsync(HttpMethod.Get, "/rest/appliance/update", rootPassword: Root);
        var badPolicy = await vc.SendAsync(HttpMethod.Put, "/rest/appliance/update/policy", rootPassword: Root,
            rawBody: "{\"policy\":{\"auto_stage\":true,\"check_schedule\":[{\"day\":\"FRIDAY\",\"hour\":25,\"minute\":30}]}}");
        var policy = await vc.SendAsync(HttpMethod.Put, "/rest/appliance/update/policy", rootPassword: Root,
            rawBody: "{\"policy\":{\"auto_stage\":true,\"check_schedule\":[{\"day\":\"FRIDAY\",\"hour\":23,\"minute\":30}],\"custom_URL\":\"https://123.com\"}}");
        var readBack = await vc.SendAsync(HttpMethod.Get, "/rest/appliance/update/policy", rootPassword: Root);

        Assert.Equal(Target, check.Json.GetProperty("value")[0].GetProperty("version").GetString());
        Assert.Equal(HttpStatusCode.OK, start.Status);
        var task = info.Json.GetProperty("value").GetProperty("task");
        Assert.Equal("download", task.GetProperty("subtasks")[0].GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badPolicy.Status);
        Assert.Contains("check_schedule[0].hour", badPolicy.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, policy.Status);
        Assert.Equal("https://123.com", readBack.Json.GetProperty("value").GetProperty("custom_URL").GetString());
    }
}
