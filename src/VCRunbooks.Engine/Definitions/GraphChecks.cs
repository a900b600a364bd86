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

    /// <summary>Tarjan's strongly connected components; a component with a cycle needs a suspending or loop-bounding activity.</summary>
    public static void BusyCycles(RunbookDefinition definition, Dictionary<string, ActivityDescriptor> descriptors, Dictionary<(string, string), List<(int, string)>> outgoing, List<ValidationError> errors)
    {
        var edges = outgoing.SelectMany(kv => kv.Value.Select(v => (From: kv.Key.Item1, To: v.Item2, Index: v.Item1))).ToList();
        var adjacency = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var indexOf = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var onStack = new HashSet<string>();
        var stack = new Stack<string>();
        var components = new List<List<string>>();
        var counter = 0;

        void Visit(string v)
        {
            indexOf[v] = low[v] = counter++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in adjacency.GetValueOrDefault(v) ?? [])
            {
                if (!indexOf.TryGetValue(w, out var wIndex))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], wIndex);
                }
            }

            if (low[v] == indexOf[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                components.Add(component);
            }
        }

        foreach (var a in definition.Activities.Select(a => a.Id).Distinct())
        {
            if (!indexOf.ContainsKey(a))
            {
                Visit(a);
            }
        }

        foreach (var component in components)
        {
            var members = component.ToHashSet(StringComparer.Ordinal);
            var cycleEdges = edges.Where(e => members.Contains(e.From) && members.Contains(e.To)).ToList();
            if (cycleEdges.Count == 0)
            {
                continue;
            }

            var safe = component.Any(id => descriptors.TryGetValue(id, out var d) && (d.Traits & (ActivityTraits.Suspends | ActivityTraits.Loop)) != 0);
            if (!safe)
            {
                var first = cycleEdges.Min(e => e.Index);
                errors.Add(new($"$.connections[{first}]",
                    $"cycle through {string.Join(", ", component.OrderBy(x => x, StringComparer.Ordinal))} has no suspension point (Delay, WaitForEvent, Ask...) and could loop forever"));
            }
        }
    }
}
