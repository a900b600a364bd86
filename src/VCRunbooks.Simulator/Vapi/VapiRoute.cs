namespace VCRunbooks.Simulator.Vapi;

/// <summary>One form (/api or /rest) of an operation: path template plus the query words that select it.</summary>
internal sealed record VapiRoute(VapiOperation Operation, string Method, bool IsRest, PathTemplate Path, string? Action, bool IsTask)
{
    /// <summary>Splits a spec key such as <c>/api/x?action=import&amp;vmw-task=true</c> into its parts.</summary>
    public static VapiRoute Parse(VapiOperation operation, string method, string key, bool isRest)
    {
        var queryStart = key.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? key : key[..queryStart];
        string? action = null;
        var isTask = false;
        if (queryStart >= 0)
        {
            foreach (var pair in key[(queryStart + 1)..].Split('&'))
            {
                var parts = pair.Split('=', 2);
                switch (parts[0])
                {
                    case "action" or "~action":
                        action = parts[1];
                        break;
                    case "vmw-task":
                        isTask = true;
                        break;
                    default:
                        throw new ArgumentException($"Unexpected query word '{parts[0]}' in operation key '{key}'.", nameof(key));
                }
            }
        }
        return new VapiRoute(operation, method, isRest, new PathTemplate(path), action, isTask);
    }
}
