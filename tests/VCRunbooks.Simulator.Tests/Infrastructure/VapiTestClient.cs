using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Hosting;
using VCRunbooks.Simulator.Tests.Conformance;
using VCRunbooks.VCenter.Json;

namespace VCRunbooks.Simulator.Tests.Infrastructure;

/// <summary>
/// Raw HTTP to one simulated appliance (Host-header routing), through the conformance handler so every answer
/// is checked against the real API's spec.
/// </summary>
public sealed class VapiTestClient : IDisposable
{
    private readonly HttpClient _http;

    public VapiTestClient(SimulatorHost host, Appliance appliance)
    {
        Host = host;
        Appliance = appliance;
        _http = new HttpClient(new ConformanceHandler(new SocketsHttpHandler { UseCookies = false })) { BaseAddress = host.BaseAddress };
        _http.DefaultRequestHeaders.Host = appliance.Name;
    }

    public SimulatorHost Host { get; }
    public Appliance Appliance { get; }
    public string? SessionId { get; private set; }

    /// <summary>Logs in with SSO basic auth (POST /api/session) and keeps the token for later calls.</summary>
    public async Task<string> LoginAsync(string user = "administrator@vsphere.local", string password = "VMware1!")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/session");
        request.Headers.Authorization = Basic(user, password);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        SessionId = JsonSerializer.Deserialize<string>(await response.Content.ReadAsStringAsync())!;
        return SessionId;
    }

    public Task<VapiResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<VapiResponse> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<VapiResponse> PutAsync(string path, object? body = null) => SendAsync(HttpMethod.Put, path, body);

    public Task<VapiResponse> PatchAsync(string path, object? body = null) => SendAsync(HttpMethod.Patch, path, body);

    public Task<VapiResponse> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path);

    /// <summary>Sends with the session header, or with root basic auth when <paramref name="rootPassword"/> is given.</summary>
    public async Task<VapiResponse> SendAsync(HttpMethod method, string path, object? body = null, string? rootPassword = null, string? rawBody = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (rootPassword is not null)
        {
            request.Headers.Authorization = Basic("root", rootPassword);
        }
        else if (SessionId is not null)
        {
            request.Headers.Add("vmware-api-session-id", SessionId);
        }
        if (rawBody is not null)
        {
            request.Content = new StringContent(rawBody, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body, VCenterJson.Options), Encoding.UTF8, "application/json");
        }
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new VapiResponse(response.StatusCode, text, response.Headers);
    }

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    public void Dispose() => _http.Dispose();
}
