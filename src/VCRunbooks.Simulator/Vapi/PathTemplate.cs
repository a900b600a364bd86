using Microsoft.AspNetCore.Routing;

namespace VCRunbooks.Simulator.Vapi;

/// <summary>A path with <c>{name}</c> segments, matched segment by segment; literal segments outrank parameters.</summary>
internal sealed class PathTemplate
{
    private readonly string[] _segments;

    public PathTemplate(string template)
    {
        Text = template;
        _segments = template.Trim('/').Split('/');
        Precedence = _segments.Count(s => !IsParameter(s));
    }

    public string Text { get; }
    public int Precedence { get; }
    public int Length => _segments.Length;

    public bool TryMatch(string[] path, out RouteValueDictionary values)
    {
        values = [];
        if (path.Length != _segments.Length)
        {
            return false;
        }
        for (var i = 0; i < path.Length; i++)
        {
            var segment = _segments[i];
            if (IsParameter(segment))
            {
                if (path[i].Length == 0)
                {
                    return false;
                }
                values[segment[1..^1]] = path[i];
            }
            else if (!string.Equals(segment, path[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    public static string[] Split(string path) => path.Trim('/').Split('/');

    private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';
}
