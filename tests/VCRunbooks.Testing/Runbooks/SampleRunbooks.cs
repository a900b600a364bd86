namespace VCRunbooks.Testing.Runbooks;

/// <summary>Runbook JSON that tests in several projects publish.</summary>
public static class SampleRunbooks
{
    /// <summary>"sums": two C# expressions over an input (b = (seed + 1) * 10), for tests of the compile cache across restarts.</summary>
    public const string Sums = """
        { "id": "sums", "name": "Sums",
          "inputs": [ { "name": "seed", "type": "int", "default": 1 } ],
          "variables": [ { "name": "a", "type": "int", "default": 0 }, { "name": "b", "type": "int", "default": 0 } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "a", "type": "SetVariable", "inputs": { "Name": "a", "Value": { "expr": "Inputs.seed + 1" } } },
            { "id": "b", "type": "SetVariable", "inputs": { "Name": "b", "Value": { "expr": "Variables.a * 10" } } },
            { "id": "end", "type": "End" } ],
          "connections": [ { "from": "start", "to": "a" }, { "from": "a", "to": "b" }, { "from": "b", "to": "end" } ] }
        """;
}
