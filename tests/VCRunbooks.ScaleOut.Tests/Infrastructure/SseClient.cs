using System.Text;

namespace VCRunbooks.ScaleOut.Tests.Infrastructure;

/// <summary>A Server-Sent Events stream from one node, read event by event.</summary>
public sealed class SseClient : IDisposable
{
    private readonly HttpClient _client;
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseClient(HttpClient client, HttpResponseMessage response, StreamReader reader)
    {
        _client = client;
        _response = response;
        _reader = reader;
    }

    public static async Task<SseClient> OpenAsync(NodeProcess node, string path, CancellationToken cancellationToken)
    {
        var client = ScaleOutCluster.Client(node);
        client.Timeout = Timeout.InfiniteTimeSpan;
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
        return new SseClient(client, response, reader);
    }

    /// <summary>The next event, or null when the stream ended.</summary>
    public async Task<SseEvent?> ReadAsync(CancellationToken cancellationToken)
    {
        string? type = null;
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (type is not null || data.Length > 0)
                {
                    return new SseEvent(type ?? "message", data.ToString(), DateTimeOffset.UtcNow);
                }
                continue;
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line["data: ".Length..]);
            }
        }
        return null;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
        _client.Dispose();
    }
}
