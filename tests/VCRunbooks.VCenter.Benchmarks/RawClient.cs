using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace VCRunbooks.VCenter.Benchmarks;

/// <summary>The baseline: a bare HttpClient with a session header, checking only the status code.</summary>
internal sealed class RawClient : IDisposable
{
    private readonly HttpClient _http;

    private RawClient(HttpClient http) => _http = http;

    public static async Task<RawClient> CreateAsync(Uri baseAddress, string host)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Host = host;
        using var login = new HttpRequestMessage(HttpMethod.Post, "/api/session");
        login.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("administrator@vsphere.local:VMware1!")));
        using var response = await http.SendAsync(login);
        response.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Add("vmware-api-session-id", JsonSerializer.Deserialize<string>(await response.Content.ReadAsStringAsync()));
        return new RawClient(http);
    }

    public async Task GetSessionAsync()
    {
        using var response = await _http.GetAsync(new Uri("/api/session", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsStringAsync();
    }

    public void Dispose() => _http.Dispose();
}
