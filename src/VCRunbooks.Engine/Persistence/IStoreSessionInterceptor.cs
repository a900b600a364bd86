using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// Sees the run store's sessions on SQLite's kept-open writer connection, which EF's connection interceptors
/// never see (no open per commit). Added like any interceptor through EngineOptions (tests take the database away with it).
/// </summary>
internal interface IStoreSessionInterceptor : IInterceptor
{
    /// <summary>Called before a session takes the connection; throwing fails the session as a failed open would.</summary>
    void SessionOpening();
}
