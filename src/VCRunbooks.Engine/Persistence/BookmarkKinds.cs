namespace VCRunbooks.Engine.Persistence;

internal static class BookmarkKinds
{
    public const string Timer = "timer";
    public const string Event = "event";
    public const string Cancel = "cancel";
}
