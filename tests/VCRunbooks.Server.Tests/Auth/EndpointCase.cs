using System.Net.Http.Json;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Auth;

/// <summary>
/// One endpoint of the role matrix: how to call it successfully, and the least role it needs (null: anyone).
/// <paramref name="Arrange"/> prepares what the call needs (a run, a question, a draft) and returns the path to call.
/// <paramref name="SenderStatus"/>, for endpoints the sender authenticates itself (webhooks, chat): the status every
/// caller gets without the sender's signature, whatever API key it has.
/// </summary>
public sealed record EndpointCase(string Method, string Pattern, string Path, string? MinimumRole, object? Body = null, Func<TestServer, Task<string>>? Arrange = null,
    int? SenderStatus = null)
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
