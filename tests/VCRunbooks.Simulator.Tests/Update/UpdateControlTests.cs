using System.Net;
using System.Net.Http.Json;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.Simulator.Tests.Update;

public sealed class UpdateControlTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task ControlApi_OfferedVersion_AppearsInTheNextCheck()
    {
        using var vc = sim.NewAppliance();
        using var control = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        await vc.LoginAsync();

        var before = (await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE")).As<List<UpdateSummary>>();
        using var offered = await control.PostAsJsonAsync($"/simulator/appliances/{vc.Appliance.Name}/update/pending", new { version = "8.0.2.00300" });
        using var older = await control.PostAsJsonAsync($"/simulator/appliances/{vc.Appliance.Name}/update/pending", new { version = "8.0.1.00000" });
        var after = (await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE")).As<List<UpdateSummary>>();

        Assert.Empty(before);
        Assert.Equal(HttpStatusCode.NoContent, offered.StatusCode);
        Assert.Equal("8.0.2.00300", Assert.Single(after).Version);
    }

    [Fact]
    public async Task DeleteStaged_RemovesTheStagedUpdate()
    {
        using var vc = sim.NewAppliance(UpdateFlowTests.WithUpdate());
        await vc.LoginAsync();
        await vc.GetAsync("/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE");
        await vc.PostAsync($"/api/appliance/update/pending/{UpdateFlowTests.Target}?action=stage");
        sim.Advance(TimeSpan.FromMinutes(5));

        var delete = await vc.DeleteAsync("/api/appliance/update/staged");
        var staged = await vc.GetAsync("/api/appliance/update/staged");
        var details = (await vc.GetAsync($"/api/appliance/update/pending/{UpdateFlowTests.Target}")).As<PendingInfo>();

        Assert.Equal(HttpStatusCode.NoContent, delete.Status);
        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", staged.ErrorType);
        Assert.False(details.Staged);
    }

    [Fact]
    public async Task Stage_BeforeStage2IsDone_Answers400NotAllowed()
    {
        using var vc = sim.NewAppliance(new ApplianceSpec { Name = "unused", State = ApplianceState.Initialized, PendingUpdates = [UpdateFlowTests.Target] });

        await vc.SendAsync(HttpMethod.Get, "/api/appliance/update/pending?source_type=LOCAL_AND_ONLINE", rootPassword: "VMware1!");
        var stage = await vc.SendAsync(HttpMethod.Post, $"/api/appliance/update/pending/{UpdateFlowTests.Target}?action=stage", rootPassword: "VMware1!");

        Assert.Equal("NOT_ALLOWED_IN_CURRENT_STATE", stage.ErrorType);
        Assert.Equal(0, vc.Appliance.Ledger.Count("update.stage.started"));
    }
}
