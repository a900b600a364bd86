using System.Diagnostics;
using System.Text.Json.Nodes;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Benchmarks;

/// <summary>Listing open questions with 10,000 of them open (each a suspended Ask run).</summary>
internal static class QuestionsBenchmark
{
    public static async Task<IReadOnlyList<string>> RunAsync(int count = 10_000)
    {
        await using var bench = await BenchEngine.StartAsync();
        await bench.Engine.PublishAsync(new RunbookDefinition
        {
            Id = "ask",
            Name = "ask",
            Inputs = [new RunbookParameter { Name = "target", Type = "string" }],
            Activities =
            [
                new ActivityDefinition { Id = "start", Type = "Start" },
                new ActivityDefinition { Id = "ask", Type = "Ask", Inputs = { ["Question"] = "Proceed?", ["AllowedAnswers"] = new JsonArray("yes", "no") } },
            ],
            Connections = [new ConnectionDefinition { From = "start", To = "ask" }],
        });
        for (var i = 0; i < count; i++)
        {
            await bench.Engine.StartRunAsync("ask", new JsonObject { ["target"] = $"vcsa-{i % 50:D2}" });
        }

        await bench.IdleAsync();
        var lines = new List<string> { $"open questions ({count:N0} open, SQLite; median of 20 calls after 5 warm-up):" };
        foreach (var (name, query) in new[]
        {
            ("first page (100)", new QuestionQuery()),
            ("page 50 (skip 4,900)", new QuestionQuery { Skip = 4_900 }),
            ("one target (of 50), 100", new QuestionQuery { Target = "vcsa-17" }),
            ("1,000 at once", new QuestionQuery { Take = 1000 }),
        })
        {
            var times = new List<double>();
            for (var i = 0; i < 25; i++)
            {
                var watch = Stopwatch.StartNew();
                var page = await bench.Engine.ListQuestionsAsync(query);
                if (i >= 5)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                if (page.Count == 0)
                {
                    throw new InvalidOperationException($"No questions listed for {name}.");
                }
            }

            times.Sort();
            lines.Add($"  {name,-28} {times[times.Count / 2],7:F1} ms");
        }

        return lines;
    }
}
