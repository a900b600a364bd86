using System.Security.Cryptography;
using System.Text;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.Expressions;

/// <summary>
/// Guarded expression assemblies kept on disk by content hash, so a restart (or another runbook version with the
/// same code) loads what was compiled before instead of compiling it again. The hash covers the expressions, their
/// result types, the inputs' and variables' names and types, and this engine build (so a changed guard never loads
/// an assembly the old one produced). Files are only ever added; a partial write is never read.
/// </summary>
internal sealed class CompiledExpressionCache(string? folder)
{
    private static readonly string EngineBuild = typeof(CompiledExpressionCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>A cache that keeps nothing (no folder configured).</summary>
    public static CompiledExpressionCache None { get; } = new(null);

    private int _loaded;
    private int _stored;

    public bool Enabled => folder is not null;

    /// <summary>How many assemblies this cache handed out from disk (each a compile saved).</summary>
    public int Loaded => _loaded;

    /// <summary>How many newly compiled assemblies this cache wrote.</summary>
    public int Stored => _stored;

    public static string Key(IReadOnlyList<RunbookParameter> inputs, IReadOnlyList<RunbookParameter> variables, IReadOnlyList<ExpressionSource> expressions)
    {
        var text = new StringBuilder(EngineBuild).Append('\n');
        foreach (var p in inputs)
        {
            text.Append("i:").Append(p.Name).Append(':').Append(p.Type).Append('\n');
        }

        foreach (var p in variables)
        {
            text.Append("v:").Append(p.Name).Append(':').Append(p.Type).Append('\n');
        }

        foreach (var e in expressions)
        {
            text.Append("e:").Append(e.Path).Append(':').Append(e.ResultType.FullName).Append(':').Append(e.Code.Length).Append(':').Append(e.Code).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public byte[]? TryRead(string key)
    {
        if (folder is null)
        {
            return null;
        }

        var path = Path.Combine(folder, key + ".dll");
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var image = File.ReadAllBytes(path);
            Interlocked.Increment(ref _loaded);
            return image;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Write(string key, byte[] assembly)
    {
        if (folder is null)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, key + ".dll");
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, assembly);
            File.Move(temporary, path, overwrite: true);
            Interlocked.Increment(ref _stored);
        }
        catch (IOException)
        {
            // A cache that cannot be written only costs a compile on the next start.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
