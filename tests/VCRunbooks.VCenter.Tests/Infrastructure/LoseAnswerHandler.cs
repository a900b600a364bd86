namespace VCRunbooks.VCenter.Tests.Infrastructure;

/// <summary>
/// Lets the first request matching a predicate reach the server, then drops its answer, as when a connection
/// breaks after the appliance acted: the client cannot tell whether the call took effect.
/// </summary>
public sealed class LoseAnswerHandler(Func<HttpRequestMessage, bool> matches, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _lost;

    public int Lost => _lost;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (matches(request) && Interlocked.CompareExchange(ref _lost, 1, 0) == 0)
        {
            response.Dispose();
            throw new HttpRequestException("The connection was reset after the request was sent.");
        }
        return response;
    }
}
