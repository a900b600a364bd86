using VCRunbooks.VCenter.Client.Errors;

namespace VCRunbooks.VCenter.Tests.Core;

/// <summary>A refused or dropped connection is worth retrying however the exception was made, so retry policies need one check.</summary>
public sealed class ConnectionExceptionTests
{
    public static TheoryData<VCenterConnectionException> Made() =>
    [
        new VCenterConnectionException(),
        new VCenterConnectionException("refused"),
        new VCenterConnectionException("dropped", new IOException("reset")),
        new VCenterConnectionException("timed out", null, timedOut: true),
    ];

    [Theory]
    [MemberData(nameof(Made))]
    public void IsTransient_AnyConstructor_True(VCenterConnectionException ex)
    {
        Assert.True(ex.IsTransient);
        Assert.False(string.IsNullOrEmpty(ex.Message));
    }
}
