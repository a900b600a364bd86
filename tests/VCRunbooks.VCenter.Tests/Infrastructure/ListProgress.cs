namespace VCRunbooks.VCenter.Tests.Infrastructure;

/// <summary>A synchronous IProgress that keeps every report (Progress&lt;T&gt; would post them asynchronously).</summary>
public sealed class ListProgress<T>(Action<T>? onReport = null) : IProgress<T>
{
    private readonly List<T> _items = [];

    public IReadOnlyList<T> Items
    {
        get
        {
            lock (_items)
            {
                return [.. _items];
            }
        }
    }

    public void Report(T value)
    {
        lock (_items)
        {
            _items.Add(value);
        }
        onReport?.Invoke(value);
    }
}
