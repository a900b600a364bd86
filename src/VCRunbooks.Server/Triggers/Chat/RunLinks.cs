using Microsoft.Extensions.Options;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>Links to a run for chat messages: the configured public address, else the address the request came to.</summary>
internal sealed class RunLinks(IOptions<TriggerOptions> options)
{
    private Uri? _seen;

    /// <summary>Remembers the address commands arrive at, for messages posted later by the notifier.</summary>
    public void Saw(HttpRequest request) => _seen ??= new Uri($"{request.Scheme}://{request.Host}/");

    public string Run(string runId) => new Uri(options.Value.PublicUrl ?? _seen ?? new Uri("http://127.0.0.1:5080/"), $"/api/runs/{runId}").ToString();

    /// <summary>An absolute URL on this server, for callbacks chat tools make (Mattermost buttons).</summary>
    public string Base(string path) => new Uri(options.Value.PublicUrl ?? _seen ?? new Uri("http://127.0.0.1:5080/"), path).ToString();

    public string QuestionsInbox() => new Uri(options.Value.PublicUrl ?? _seen ?? new Uri("http://127.0.0.1:5080/"), "/api/questions").ToString();
}
