using System.Net.Http.Json;

namespace VCRunbooks.Server.Tests.Auth;

/// <summary>One endpoint of the role matrix: how to call it successfully, and the least role it needs (null: anyone).</summary>
public sealed record EndpointCase(string Method, string Pattern, string Path, string? MinimumRole, object? Body = null, Func<HttpClient, Task>? ArrangeAsAdmin = null)
{
    public HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            request.Content = JsonContent.Create(Body);
        }
        return request;
    }

    public override string ToString() => $"{Method} {Path}";
}
