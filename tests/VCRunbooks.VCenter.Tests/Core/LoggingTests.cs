using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Tests.Infrastructure;

namespace VCRunbooks.VCenter.Tests.Core;

public sealed class LoggingTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    private const string BackupPassword = "Bkp!Secret9";
    private const string LocationPassword = "Loc!Secret8";
    private const string UserDataPassword = "Ud!Secret77";

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task Requests_AtTraceLevel_LogCallsButNoSecrets(ApiFlavor flavor)
    {
        var appliance = sim.NewAppliance();
        var logs = new ListLogger();
        await using var client = sim.Client(appliance, flavor, loggers: logs);
        await client.Session.GetAsync();
        appliance.Sessions.ExpireAll();
        await client.Session.GetAsync();
        var transport = ((VCenterClient)client).Transport;

        // An operation the simulator does not serve still goes out with its body, which is what is logged.
        await Assert.ThrowsAsync<VCenterException>(() => transport.SendAsync(new VapiRequest
        {
            Method = HttpMethod.Post,
            Api = "/api/appliance/recovery/backup/job?location_password=" + LocationPassword,
            Rest = "/rest/appliance/recovery/backup/job?location_password=" + LocationPassword,
            RestBodyName = "piece",
            Body = new
            {
                backup_password = BackupPassword,
                location_password = LocationPassword,
                location = "sftp://backup.local/vc",
                user_data = new Dictionary<string, string> { ["vmdir.password"] = UserDataPassword },
            },
        }, CancellationToken.None));

        var all = string.Join('\n', logs.Lines);
        Assert.Contains("sftp://backup.local/vc", all, StringComparison.Ordinal);
        Assert.Contains("vmdir.password", all, StringComparison.Ordinal);
        Assert.Contains("answered 401", all, StringComparison.Ordinal);
        foreach (var secret in new[] { BackupPassword, LocationPassword, UserDataPassword, ClientFixture.Password, Basic() })
        {
            Assert.DoesNotContain(secret, all, StringComparison.Ordinal);
        }
        Assert.DoesNotMatch("[0-9a-f]{32}", all); // session tokens are 32 hex digits in the simulator
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task ValidateUpdate_UserDataInEitherForm_ValuesNotLogged(ApiFlavor flavor)
    {
        var appliance = sim.NewAppliance(new VCRunbooks.Simulator.Appliances.ApplianceSpec { Name = "x", PendingUpdates = ["8.0.2.00200"] });
        var logs = new ListLogger();
        await using var client = sim.Client(appliance, flavor, loggers: logs);
        await client.Update.ListPendingAsync(VCRunbooks.VCenter.Update.UpdateSourceType.LocalAndOnline);

        await client.Update.ValidateAsync("8.0.2.00200", new Dictionary<string, string> { ["vmdir.password"] = UserDataPassword });

        var all = string.Join('\n', logs.Lines);
        Assert.Contains("vmdir.password", all, StringComparison.Ordinal);
        Assert.DoesNotContain(UserDataPassword, all, StringComparison.Ordinal);
    }

    private static string Basic() =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("administrator@vsphere.local:" + ClientFixture.Password));
}
