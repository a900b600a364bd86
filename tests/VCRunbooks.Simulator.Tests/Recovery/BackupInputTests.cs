using System.Net;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Tests.Infrastructure;
using static VCRunbooks.Simulator.Tests.Recovery.RecoveryScenario;

namespace VCRunbooks.Simulator.Tests.Recovery;

public sealed class BackupInputTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task CreateBackupJob_WithPathLocationType_Answers400NamingLocationType()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.PostAsync(JobPath, new { parts = new[] { "seat" }, location_type = "PATH", location = "/storage/backup" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_ARGUMENT", response.ErrorType);
        Assert.Equal("location_type", ErrorField(response));
        Assert.Equal(0, vc.Appliance.Ledger.Count("backup.started"));
    }

    [Fact]
    public async Task CreateBackupJob_WithoutParts_Answers400NamingParts()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.PostAsync(JobPath, new { location_type = "SFTP", location = NewLocation() });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_ARGUMENT", response.ErrorType);
        Assert.Contains("parts", ErrorField(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateBackupJob_WithMalformedJson_Answers400NamingTheBody()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.SendAsync(HttpMethod.Post, JobPath, rawBody: "{\"parts\": [\"seat\"], \"location_type\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_ARGUMENT", response.ErrorType);
        Assert.Equal("request_body", ErrorField(response));
    }

    [Fact]
    public async Task CreateBackupJob_WithPartsOfTheWrongType_Answers400NamingParts()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.PostAsync(JobPath, new { parts = "seat", location_type = "SFTP", location = NewLocation() });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("parts", ErrorField(response));
    }

    [Theory]
    [InlineData("short1!")]
    [InlineData("waytoolongpassword1!A")]
    [InlineData("nouppercase1!")]
    public async Task CreateBackupJob_WithBadBackupPassword_Answers400NamingBackupPassword(string password)
    {
        // Theory cases share a method name: a short explicit prefix keeps the appliance names unique.
        using var vc = sim.NewAppliance(caller: "bad-password");
        await vc.LoginAsync();

        var response = await vc.PostAsync(JobPath, Request(NewLocation()) with { BackupPassword = password });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("backup_password", ErrorField(response));
    }

    [Fact]
    public async Task CreateBackupJob_WithUnknownPart_Answers400NamingParts()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.PostAsync(JobPath, Request(NewLocation(), "x", "seat", "everything"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("parts", ErrorField(response));
        Assert.Contains("everything", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateBackupJob_WithEmptyLocation_Answers400NamingLocation()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.PostAsync(JobPath, Request(" "));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("location", ErrorField(response));
    }

    [Fact]
    public async Task BackupWrites_AsOperator_Answer403ButReadsWork()
    {
        using var vc = sim.NewAppliance();
        vc.Appliance.Users.Add(new UserAccount("op@vsphere.local", "Operator-1", Role.Operator, IsLocal: false));
        await vc.LoginAsync("op@vsphere.local", "Operator-1");

        var create = await vc.PostAsync(JobPath, Request(NewLocation()));
        var schedule = await vc.PostAsync("/api/appliance/recovery/backup/schedules",
            new { schedule = "default", spec = new { location = NewLocation() } });
        var list = await vc.GetAsync(JobPath);
        var parts = await vc.GetAsync("/api/appliance/recovery/backup/parts");

        Assert.Equal(HttpStatusCode.Forbidden, create.Status);
        Assert.Equal("UNAUTHORIZED", create.ErrorType);
        Assert.Equal(HttpStatusCode.Forbidden, schedule.Status);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal(HttpStatusCode.OK, parts.Status);
        Assert.Equal(0, vc.Appliance.Ledger.Count("backup.started"));
    }

    [Fact]
    public async Task BackupJob_WithoutSession_Answers401()
    {
        using var vc = sim.NewAppliance();

        var response = await vc.PostAsync(JobPath, Request(NewLocation()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }
}
