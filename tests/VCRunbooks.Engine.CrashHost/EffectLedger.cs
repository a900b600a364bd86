namespace VCRunbooks.Engine.CrashHost;

/// <summary>The external system the side effects land in: a log file of idempotency keys.</summary>
public sealed class EffectLedger(string directory, int holdAfter)
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _never = new();
    private int _applied;

    /// <summary>Completes never once this life applied its share of effects: every step from then on waits to be killed.</summary>
    public Task Hold => Volatile.Read(ref _applied) >= holdAfter ? _never.Task : Task.CompletedTask;

    public string EffectsPath => Path.Combine(directory, "effects.log");
    public string DuplicatesPath => Path.Combine(directory, "duplicates.log");

    /// <summary>Applies the effect once per key; false, without applying, once this life reached its hold.</summary>
    public bool TryApply(string key)
    {
        lock (_gate)
        {
            if (_applied >= holdAfter)
            {
                return false;
            }

            if (File.Exists(EffectsPath) && File.ReadLines(EffectsPath).Contains(key))
            {
                File.AppendAllLines(DuplicatesPath, [key]);
                Console.WriteLine($"DUPLICATE {key}");
                return true;
            }

            using (var stream = new FileStream(EffectsPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
            using (var writer = new StreamWriter(stream))
            {
                writer.WriteLine(key);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            Console.WriteLine($"EFFECT {key}");
            if (++_applied == holdAfter)
            {
                Console.WriteLine("HOLDING");
            }

            return true;
        }
    }
}
