namespace VCRunbooks.Engine.Activities;

/// <summary>Registered in DI once per activity type; the catalog is built from all of them.</summary>
internal sealed record ActivityRegistration(Type ActivityType);
