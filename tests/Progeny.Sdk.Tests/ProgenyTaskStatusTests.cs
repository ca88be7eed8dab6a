namespace Progeny.Sdk.Tests;

/// <summary>The extensible task status: raw string kept, compared ignoring case, only three statuses final.</summary>
public sealed class ProgenyTaskStatusTests
{
    [Theory]
    [InlineData("SUCCESS", true)]
    [InlineData("success", true)]
    [InlineData("FAILURE", true)]
    [InlineData("REVOKED", true)]
    [InlineData("PENDING", false)]
    [InlineData("STARTED", false)]
    [InlineData("RETRY", false)]
    [InlineData("RECEIVED", false)]
    [InlineData("", false)]
    public void IsFinal_Status_OnlySuccessFailureRevoked(string value, bool expected) =>
        new ProgenyTaskStatus(value).IsFinal.ShouldBe(expected);

    [Fact]
    public void Equals_DifferentCase_AreEqualAndKeepTheirSpelling()
    {
        var status = new ProgenyTaskStatus("Pending");

        status.ShouldBe(ProgenyTaskStatus.Pending);
        status.GetHashCode().ShouldBe(ProgenyTaskStatus.Pending.GetHashCode());
        status.ToString().ShouldBe("Pending");
    }

    [Fact]
    public void Default_NoValue_IsNotFinalAndPrintsEmpty()
    {
        default(ProgenyTaskStatus).IsFinal.ShouldBeFalse();
        default(ProgenyTaskStatus).ToString().ShouldBe(string.Empty);
    }
}
