using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.Definitions;

/// <summary>Graph rules: every activity reachable from Start, and no cycle that could spin without ever suspending.</summary>
internal static class GraphChecks
{
    public static void Unreachable(RunbookDefinition definition, string startId, Dictionary<(string, string), List<(int, string)>> outgoing, Dictionary<string, int> index, List<ValidationError> errors)
    {
        var next = outgoing.GroupBy(kv => kv.Key.Item1).ToDictionary(g => g.Key, g => g.SelectMany(kv => kv.Value.Select(v => v.Item2)).ToList());
        var roots = new List<string> { startId };

        // Compensating activities are entered when a run faults, not through connections.
        roots.AddRange(definition.Activities.Where(a => a.Compensation is not null).Select(a => a.Compensation!));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(roots);
        while (stack.TryPop(out var id))
        {
            if (!seen.Add(id))
            {
                continue;
            }

            foreach (var to in next.GetValueOrDefault(id) ?? [])
            {
                stack.Push(to);
            }
        }

        foreach (var a in definition.Activities.Where(a => !seen.Contains(a.Id)))
        {
            if (index.TryGetValue(a.Id, out var i))
            {
                errors.Add(new($"$.activities[{i}]", $"activity '{a.Id}' is unreachable from the Start activity"));
            }
        }
    }

    /// <summary>
    /// Tarjan's strongly connected components, iterative (a 100,000-activity chain must not overflow the stack); a
    /// component with a cycle needs a suspending or loop-bounding activity.
    /// </summary>
    public static void BusyCycles(RunbookDefinition definition, Dictionary<string, ActivityDescriptor> descriptors, Dictionary<(string, string), List<(int, string)>> outgoing, List<ValidationError> errors)
    {
        var edges = outgoing.SelectMany(kv => kv.Value.Select(v => (From: kv.Key.Item1, To: v.Item2, Index: v.Item1))).ToList();
        var adjacency = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var components = StronglyConnected(definition.Activities.Select(a => a.Id).Distinct(), adjacency);
        var componentOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < components.Count; c++)
        {
            foreach (var id in components[c])
            {
                componentOf[id] = c;
            }
        }

        var cycleEdges = edges.Where(e => componentOf[e.From] == componentOf[e.To]).GroupBy(e => componentOf[e.From]).ToDictionary(g => g.Key, g => g.Min(e => e.Index));
        foreach (var (c, first) in cycleEdges.OrderBy(kv => kv.Value))
        {
            var component = components[c];
            var safe = component.Any(id => descriptors.TryGetValue(id, out var d) && (d.Traits & (ActivityTraits.Suspends | ActivityTraits.Loop)) != 0);
            if (!safe)
            {
                errors.Add(new($"$.connections[{first}]",
                    $"cycle through {string.Join(", ", component.OrderBy(x => x, StringComparer.Ordinal))} has no suspension point (Delay, WaitForEvent, Ask...) and could loop forever"));
            }
        }
    }

    private static List<List<string>> StronglyConnected(IEnumerable<string> vertices, Dictionary<string, List<string>> adjacency)
    {
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = new List<List<string>>();
        var work = new Stack<(string Vertex, int NextEdge)>();
        var counter = 0;
        foreach (var root in vertices)
        {
            if (indexOf.ContainsKey(root))
            {
                continue;
            }

            work.Push((root, 0));
            while (work.TryPop(out var frame))
            {
                var (v, next) = frame;
                if (next == 0)
                {
                    indexOf[v] = low[v] = counter++;
                    stack.Push(v);
                    onStack.Add(v);
                }

                var targets = adjacency.GetValueOrDefault(v) ?? [];
                if (next > 0)
                {
                    // Back from the child visited through edge next-1.
                    low[v] = Math.Min(low[v], low[targets[next - 1]]);
                }

                var descended = false;
                for (; next < targets.Count; next++)
                {
                    var w = targets[next];
                    if (!indexOf.TryGetValue(w, out var wIndex))
                    {
                        work.Push((v, next + 1));
                        work.Push((w, 0));
                        descended = true;
                        break;
                    }

                    if (onStack.Contains(w))
                    {
                        low[v] = Math.Min(low[v], wIndex);
                    }
                }

                if (descended || low[v] != indexOf[v])
                {
                    continue;
                }

                var component = new List<string>();
                string popped;
                do
                {
                    popped = stack.Pop();
                    onStack.Remove(popped);
                    component.Add(popped);
                }
                while (popped != v);
                components.Add(component);
            }
        }

        return components;
    }
}
