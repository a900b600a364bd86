using System.Collections;

namespace VCRunbooks.Engine.CodeGuard;

/// <summary>A LINQ sequence that charges the budget for every item, so Range, Repeat and friends cannot spin unchecked.</summary>
internal sealed class GuardedSequence<T>(IEnumerable<T> source, CodeBudget budget) : IEnumerable<T>
{
    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in source)
        {
            budget.Check();
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
