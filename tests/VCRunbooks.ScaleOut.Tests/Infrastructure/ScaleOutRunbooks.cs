namespace VCRunbooks.ScaleOut.Tests.Infrastructure;

/// <summary>The runbooks the nodes load from their runbooks folder.</summary>
public static class ScaleOutRunbooks
{
    /// <summary>Two probes around a durable timer: two passes per run, the second woken by whichever node claims the timer.</summary>
    public static readonly (string, string) Probes = ("probes.json", """
        { "id": "probes", "name": "Probes",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "first", "type": "Probe", "inputs": { "WorkMs": 300 } },
            { "id": "pause", "type": "Delay", "inputs": { "Duration": "00:00:00.300" } },
            { "id": "second", "type": "Probe", "inputs": { "WorkMs": 100 } },
            { "id": "end", "type": "End" } ],
          "connections": [ { "from": "start", "to": "first" }, { "from": "first", "to": "pause" }, { "from": "pause", "to": "second" }, { "from": "second", "to": "end" } ] }
        """);

    /// <summary>A step, then a long call that blocks until the test opens the gate, then another step.</summary>
    public static readonly (string, string) Gated = ("gated.json", """
        { "id": "gated", "name": "Gated",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "before", "type": "Probe", "inputs": { "WorkMs": 20 } },
            { "id": "gate", "type": "Probe", "inputs": { "WorkMs": 0, "WaitForGate": true } },
            { "id": "after", "type": "Probe", "inputs": { "WorkMs": 20 } },
            { "id": "end", "type": "End" } ],
          "connections": [ { "from": "start", "to": "before" }, { "from": "before", "to": "gate" }, { "from": "gate", "to": "after" }, { "from": "after", "to": "end" } ] }
        """);
}
