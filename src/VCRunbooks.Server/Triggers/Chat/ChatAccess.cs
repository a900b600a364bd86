using VCRunbooks.Server.Triggers.Definitions;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>Maps a chat user (and the groups they are in) to a role, by the workspace's operators and viewers lists.</summary>
internal static class ChatAccess
{
    public static ChatRole RoleOf(ChatWorkspace workspace, string userId, IReadOnlyCollection<string> groups)
    {
        static bool In(ChatRoleMap map, string user, IReadOnlyCollection<string> groups) =>
            map.Users.Contains(user, StringComparer.Ordinal) || map.Groups.Any(g => groups.Contains(g, StringComparer.Ordinal));
        return In(workspace.Operators, userId, groups) ? ChatRole.Operator
            : In(workspace.Viewers, userId, groups) ? ChatRole.Viewer
            : ChatRole.None;
    }
}
