namespace VCRunbooks.Engine.Runs;

internal enum TokenStatus
{
    Ready,
    Suspended,
}
