namespace VCRunbooks.VCenter.Deployment;

/// <summary>The historical data set moved by an upgrade or migration.</summary>
public enum HistoryMigrationOption
{
    EventsTasks,
    All,
}
