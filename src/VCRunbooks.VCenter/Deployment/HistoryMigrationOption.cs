namespace VCRunbooks.VCenter.Deployment;

/// <summary>The historical data set moved by an upgrade or migration.</summary>
public enum HistoryMigrationOption
{
    /// <summary>Events and tasks, besides the core data (wire <c>EVENTS_TASKS</c>).</summary>
    EventsTasks,
    /// <summary>All history: statistics, events and tasks (<c>ALL</c>).</summary>
    All,
}
