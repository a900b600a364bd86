using System.Net.Http.Json;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Auth;

/// <summary>
/// One endpoint of the role matrix: how to call it successfully, and the least role it needs (null: anyone).
/// <paramref name="Arrange"/> prepares what the call needs (a run, a question, a draft) and returns the path to call.
/// <paramref name="AnyoneStatus"/> is what an endpoint open to anyone but checked otherwise (a signed webhook) answers every caller;
/// <paramref name="GrantedStatus"/> what callers with the role get from an endpoint of a feature the matrix's server has off.
/// </summary>
public sealed record EndpointCase(string Method, string Pattern, string Path, string? MinimumRole, object? Body = null, Func<TestServer, Task<string>>? Arrange = null,
    int? AnyoneStatus = null, int? GrantedStatus = null)
{
    public HttpRequestMessage Request(string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), path);
        if (Body is not null)
        {
            request.Content = JsonContent.Create(Body);
        }
        return request;
    }

    public override string ToString() => $"{Method} {Path}";
}
