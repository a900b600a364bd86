using VCRunbooks.VCenter.Common;

namespace VCRunbooks.Simulator.Recovery;

/// <summary>Builds the localizable messages of the recovery families under one id prefix.</summary>
internal static class RecoveryMessages
{
    private const string Prefix = "com.vmware.applmgmt.backup";

    public static LocalizableMessage Of(string key, string text, params string[] args) =>
        LocalizableMessage.Of($"{Prefix}.{key}", text, args);
}
