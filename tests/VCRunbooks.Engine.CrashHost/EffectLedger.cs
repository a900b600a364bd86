namespace VCRunbooks.Engine.CrashHost;

/// <summary>The external system the side effects land in: a log file of idempotency keys.</summary>
public sealed class EffectLedger(string directory)
{
    private readonly Lock gate = new();

    public string EffectsPath => Path.Combine(directory, "effects.log");
    public string DuplicatesPath => Path.Combine(directory, "duplicates.log");

    public void Apply(string key)
    {
        lock (gate)
        {
            if (File.Exists(EffectsPath) && File.ReadLines(EffectsPath).Contains(key))
            {
                File.AppendAllLines(DuplicatesPath, [key]);
                Console.WriteLine($"DUPLICATE {key}");
                return;
            }

            using (var stream = new FileStream(EffectsPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
            using (var writer = new StreamWriter(stream))
            {
                writer.WriteLine(key);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            Console.WriteLine($"EFFECT {key}");
        }
    }
}
