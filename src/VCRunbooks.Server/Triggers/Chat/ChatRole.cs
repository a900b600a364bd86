namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>What a chat user may do: operators start runs and answer questions, viewers list aliases.</summary>
internal enum ChatRole
{
    None,
    Viewer,
    Operator,
}
