namespace VCRunbooks.Server.Tests.Infrastructure;

/// <summary>Runbooks of built-in activities only, written to the test server's runbooks folder.</summary>
public static class TestRunbooks
{
    public const string Hello = """
        { "id": "hello", "name": "Hello",
          "activities": [ { "id": "start", "type": "Start" }, { "id": "log", "type": "Log", "inputs": { "Message": "hello from a run" } }, { "id": "end", "type": "End" } ],
          "connections": [ { "from": "start", "to": "log" }, { "from": "log", "to": "end" } ] }
        """;

    public const string Ask = """
        { "id": "ask", "name": "Ask",
          "activities": [ { "id": "start", "type": "Start" }, { "id": "ask", "type": "Ask", "inputs": { "Question": "Proceed?", "AllowedAnswers": ["yes", "no"] } }, { "id": "end", "type": "End" } ],
          "connections": [ { "from": "start", "to": "ask" }, { "from": "ask", "outcome": "yes", "to": "end" }, { "from": "ask", "outcome": "no", "to": "end" } ] }
        """;

    public const string Fail = """
        { "id": "fail", "name": "Fail",
          "activities": [ { "id": "start", "type": "Start" }, { "id": "fail", "type": "Fail", "inputs": { "Message": "failing on purpose" } } ],
          "connections": [ { "from": "start", "to": "fail" } ] }
        """;

    public const string Wait = """
        { "id": "wait", "name": "Wait for a deploy event",
          "inputs": [ { "name": "key", "type": "string", "required": true } ],
          "activities": [ { "id": "start", "type": "Start" },
                          { "id": "wait", "type": "WaitForEvent", "inputs": { "EventName": "deployed", "CorrelationKey": { "expr": "Inputs.key" } } },
                          { "id": "end", "type": "End" } ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "outcome": "Received", "to": "end" } ] }
        """;

    public static void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "hello.json"), Hello);
        File.WriteAllText(Path.Combine(folder, "ask.json"), Ask);
        File.WriteAllText(Path.Combine(folder, "fail.json"), Fail);
        File.WriteAllText(Path.Combine(folder, "wait.json"), Wait);
    }
}
