using System.Text.Json;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Json;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.VCenter.Tests.Core;

/// <summary>
/// A failed task's <c>error</c> reaches the operator as vCenter's own words, whichever form the server sends: the
/// string the Swagger types it as, or the std error object real servers send; and a cis task's error reads as text.
/// </summary>
public sealed class TaskErrorTests
{
    private const string Deployment = """
        { "state": "FAILED", "description": { "id": "d", "default_message": "Upgrade vCenter Server." }, "service": "com.vmware.vcenter.deployment",
          "operation": "UPGRADE", "status": "FAILED", "cancelable": false, "error": ERROR }
        """;

    [Theory]
    [InlineData("\"The source appliance could not be reached.\"", "The source appliance could not be reached.")]
    [InlineData("""{ "error_type": "ERROR", "messages": [ { "id": "a", "default_message": "Firstboot failed." }, { "id": "b", "default_message": "See the log." } ] }""", "Firstboot failed.; See the log.")]
    [InlineData("""{ "error_type": "TIMED_OUT", "messages": [] }""", "TIMED_OUT")]
    public void DeploymentInfo_ErrorAsStringOrObject_ReadsAsItsText(string error, string expected)
    {
        var info = JsonSerializer.Deserialize<DeploymentInfo>(Deployment.Replace("ERROR", error, StringComparison.Ordinal), VCenterJson.Options)!;

        Assert.Equal(expected, info.Error);
    }

    [Fact]
    public void DeploymentInfo_ErrorOfAnotherShape_IsRefusedNamingIt()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DeploymentInfo>(Deployment.Replace("ERROR", "42", StringComparison.Ordinal), VCenterJson.Options));

        Assert.Contains("A task's error is a string or an error object, not Number", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplianceTaskInfo_Error_IsWrittenAsTheStringTheSpecSays()
    {
        var task = new ApplianceTaskInfo
        {
            Description = LocalizableMessage.Of("t", "Install update."), Service = "com.vmware.appliance.update.pending", Operation = "install",
            Status = VCenter.Common.TaskStatus.Failed, Cancelable = false, Error = "Installing update 8.0.2.00200 failed.", SubtaskOrder = [], Subtasks = new Dictionary<string, SubtaskInfo>(),
        };

        var json = JsonSerializer.SerializeToElement(task, VCenterJson.Options);

        Assert.Equal("Installing update 8.0.2.00200 failed.", json.GetProperty("error").GetString());
    }

    [Fact]
    public void VapiError_ToString_IsItsWireTypeAndMessages()
    {
        var error = new VapiError { ErrorType = ErrorType.NotFound, Messages = [LocalizableMessage.Of("x", "No such task."), LocalizableMessage.Of("y", "It may have expired.")] };

        Assert.Equal("NOT_FOUND: No such task.; It may have expired.", error.ToString());
        Assert.Equal("UNAUTHORIZED", new VapiError { ErrorType = ErrorType.Unauthorized }.ToString());
    }
}
