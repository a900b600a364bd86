using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace VCRunbooks.Engine.CodeGuard;

/// <summary>
/// The budget of one evaluation of author code. The guard's rewriter puts calls to it into every lambda, every
/// call and every LINQ sequence of that code, so a loop, a recursion or a runaway allocation stops within one step
/// of its limit, and a cancelled run stops at the next step. Public only because the generated code calls it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CodeBudget
{
    /// <summary>Numbers in format strings above this (a precision or a padding width) are refused at run time.</summary>
    internal const int MaxFormatNumber = 1000;

    private const long BytesPerItem = 8;

    /// <summary>The clock is read every this many steps (a power of two); memory and cancellation every step.</summary>
    private const int StepsPerClockRead = 16;

    private readonly CodeLimits _limits;
    private readonly string _what;
    private readonly CancellationToken _cancellationToken;
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private readonly long _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
    private int _steps;

    internal CodeBudget(CodeLimits limits, string what, CancellationToken cancellationToken)
    {
        _limits = limits;
        _what = what;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Entry to a lambda: one step, and a recursion check before the stack runs out.</summary>
    public void Step()
    {
        Check();
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Exceed($"{_what} recursed too deep");
        }
    }

    /// <summary>After a call: one step, charged with what the call allocated.</summary>
    public T After<T>(T value)
    {
        Check();
        return value;
    }

    /// <summary>A LINQ sequence whose every item is a step.</summary>
    public IEnumerable<T> Sequence<T>(IEnumerable<T> source) => source is null ? null! : new GuardedSequence<T>(source, this);

    /// <summary>A count or capacity about to be allocated, checked against what is left of the memory budget.</summary>
    public int Items(int count) => (int)Items((long)count);

    /// <inheritdoc cref="Items(int)"/>
    public long Items(long count)
    {
        Check();
        var left = _limits.MemoryBytes - Allocated;
        if (count > 0 && count > left / BytesPerItem)
        {
            throw Exceed($"{_what} asked for {count.ToString("N0", CultureInfo.InvariantCulture)} items, more than its memory budget of {Megabytes} MB allows");
        }

        return count;
    }

    /// <summary>A format string, refused when it asks for a precision or width that would allocate without bound.</summary>
    public string Format(string format)
    {
        Check();
        if (LargestNumber(format) > MaxFormatNumber)
        {
            throw Exceed($"{_what} used the format \"{Shorten(format)}\" with a number above {MaxFormatNumber}");
        }

        return format;
    }

    /// <summary>A regular expression's match timeout, capped at what is left of the time budget.</summary>
    public TimeSpan Timeout(TimeSpan requested)
    {
        Check();
        var left = _limits.Time - Stopwatch.GetElapsedTime(_startedAt);
        var floor = TimeSpan.FromMilliseconds(1);
        return requested < TimeSpan.Zero || requested > left ? (left > floor ? left : floor) : requested;
    }

    internal void Check()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if ((++_steps & (StepsPerClockRead - 1)) == 0 && Stopwatch.GetElapsedTime(_startedAt) > _limits.Time)
        {
            throw Exceed($"{_what} ran past its time budget of {_limits.Time.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms");
        }

        if (Allocated > _limits.MemoryBytes)
        {
            throw Exceed($"{_what} allocated more than its memory budget of {Megabytes} MB");
        }
    }

    /// <summary>Set once a limit was hit: code that catches the budget's exception is still stopped (scripts have try/catch).</summary>
    internal bool Exceeded { get; private set; }

    private CodeBudgetExceededException Exceed(string message)
    {
        Exceeded = true;
        return new CodeBudgetExceededException(message);
    }

    /// <summary>The largest run of digits in a format string (its precisions and widths), or 0.</summary>
    internal static long LargestNumber(string? format)
    {
        long largest = 0, current = -1;
        foreach (var c in format ?? string.Empty)
        {
            if (char.IsAsciiDigit(c))
            {
                current = Math.Min((current < 0 ? 0 : current * 10) + (c - '0'), long.MaxValue / 20);
                largest = Math.Max(largest, current);
            }
            else
            {
                current = -1;
            }
        }

        return largest;
    }

    private long Allocated => GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart;

    private string Megabytes => (_limits.MemoryBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
