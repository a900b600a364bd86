namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>The ticket systems runs report back to.</summary>
internal enum WriteBackSystem
{
    Jira,
    ServiceNow,
    PagerDuty,
}
