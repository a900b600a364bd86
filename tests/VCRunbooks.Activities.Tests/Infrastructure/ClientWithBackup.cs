using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Backup;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Lookup;
using VCRunbooks.VCenter.Client.Restore;
using VCRunbooks.VCenter.Client.Sessions;
using VCRunbooks.VCenter.Client.Tasks;
using VCRunbooks.VCenter.Client.Waiting;

namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>A real client with its backup family replaced (fault injection).</summary>
internal sealed class ClientWithBackup(IVCenterClient inner, IBackupClient backup) : IVCenterClient
{
    public VCenterTarget Target => inner.Target;
    public ISessionClient Session => inner.Session;
    public ITasksClient Tasks => inner.Tasks;
    public ILookupServiceClient Lookup => inner.Lookup;
    public IBackupClient Backup => backup;
    public IRestoreClient Restore => inner.Restore;
    public Poller Poller => inner.Poller;

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
