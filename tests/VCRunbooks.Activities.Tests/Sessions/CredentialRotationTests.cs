using System.Text.Json.Nodes;
using VCRunbooks.Activities.Tests.Infrastructure;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Simulator.Auth;

namespace VCRunbooks.Activities.Tests.Sessions;

/// <summary>A password rotated in vCenter and in the secret store is used by the next run, without a restart.</summary>
public sealed class CredentialRotationTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private static readonly RunbookDefinition ReadVersion = new()
    {
        Id = "read-version",
        Name = "Read the version",
        Inputs = [new RunbookParameter { Name = "target", Type = "string", Required = true }],
        Activities =
        [
            new ActivityDefinition { Id = "start", Type = "Start" },
            new ActivityDefinition { Id = "login", Type = "CreateSession", Inputs = new() { ["Target"] = new JsonObject { ["expr"] = "Inputs.target" } } },
            new ActivityDefinition
            {
                Id = "version", Type = "GetVersion",
                Inputs = new() { ["Session"] = new JsonObject { ["expr"] = "Output(\"login\", \"Session\").GetValue<string>()" } },
            },
        ],
        Connections =
        [
            new ConnectionDefinition { From = "start", To = "login" },
            new ConnectionDefinition { From = "login", To = "version" },
        ],
    };

    [Fact]
    public async Task SsoPasswordRotated_NextRunLogsInWithTheNewPassword()
    {
        await using var harness = await RunbookHarness.StartAsync(sim);
        var appliance = sim.NewAppliance();
        var target = harness.AddTarget(appliance);
        await harness.Engine.PublishAsync(ReadVersion);
        var before = await harness.DriveAsync(await harness.StartRunAsync("read-version", new JsonObject { ["target"] = target }), TimeSpan.FromSeconds(5));
        Assert.Equal(RunStatus.Completed, before.Status);

        // The operator rotates the password in vCenter (ending its sessions) and in the secret store.
        appliance.Users.Add(new UserAccount(appliance.Spec.SsoUser, "Rotated!Pass9", Role.SuperAdmin, IsLocal: false));
        appliance.Sessions.ExpireAll();
        harness.Credentials.Set("sso", "Rotated!Pass9");
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));

        var after = await harness.DriveAsync(await harness.StartRunAsync("read-version", new JsonObject { ["target"] = target }), TimeSpan.FromSeconds(5));

        Assert.True(after.Status == RunStatus.Completed, $"the run after the rotation is {after.Status}: {after.Error}");
    }
}
