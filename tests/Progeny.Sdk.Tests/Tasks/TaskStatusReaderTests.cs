using System.Text;
using Progeny.Sdk.Internal;

namespace Progeny.Sdk.Tests.Tasks;

/// <summary>The one-member reader of task answers: a created task's id and a status, read as the JSON context read them.</summary>
public sealed class TaskStatusReaderTests
{
    [Theory]
    [InlineData("""{"id": "d3da2b7a-b062-11ec-b3b9-0242ac190002"}""", "d3da2b7a-b062-11ec-b3b9-0242ac190002")]
    [InlineData("""{"id": 98008}""", "98008")]
    [InlineData("""{"other": {"id": "inner"}, "id": "outer",}""", "outer")]
    [InlineData("""{"id": "first", /* a comment */ "id": "last"}""", "last")]
    [InlineData("""{"id": null}""", "")]
    [InlineData("""{"id": {"value": "x"}}""", "")]
    [InlineData("""{"id": "\ud800"}""", "")]
    [InlineData("""{"task": "x"}""", "")]
    public void TryReadMember_CreatedTaskAnswer_ReadsTheTopLevelIdAsText(string body, string expected)
    {
        TaskStatusReader.TryReadMember(Encoding.UTF8.GetBytes(body), "id"u8, out var id).ShouldBeTrue();

        id.ShouldBe(expected);
    }

    [Theory]
    [InlineData("""["d3da2b7a"]""")]
    [InlineData("{\"id\": \"d3da2b7a")]
    [InlineData("""{"id": "a"} {"id": "b"}""")]
    [InlineData("")]
    public void TryReadMember_NotOneWellFormedObject_IsFalse(string body) =>
        TaskStatusReader.TryReadMember(Encoding.UTF8.GetBytes(body), "id"u8, out _).ShouldBeFalse();
}
