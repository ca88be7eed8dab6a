namespace Progeny.Sdk.Testing.Tests;

/// <summary>The scripted document: the documentation's sample as default, the API's date format, verbatim raw fields.</summary>
public sealed class FakePassportDocumentTests
{
    [Fact]
    public void Sample_IsTheDocumentationsDocument()
    {
        var sample = FakePassportDocument.Sample;

        sample.FirstName.ShouldBe("VALERIA");
        sample.LastName.ShouldBe("PERFILOVA");
        sample.DocumentNumber.ShouldBe("XX008080");
        sample.DateOfBirth.ShouldBe("1991-9-24");
        sample.DateOfIssue.ShouldBe("None-None-None");
        new ProgenyFakeServerOptions().Document.ShouldBeSameAs(sample);
    }

    [Theory]
    [InlineData(1991, 9, 24, "1991-9-24")]
    [InlineData(2023, 12, 1, "2023-12-1")]
    [InlineData(2005, 1, 31, "2005-1-31")]
    public void FormatDate_Date_IsWrittenWithoutZeroPadding(int year, int month, int day, string expected) =>
        FakePassportDocument.FormatDate(new DateOnly(year, month, day)).ShouldBe(expected);

    [Fact]
    public void FormatDate_NoDate_IsNoneNoneNone() =>
        FakePassportDocument.FormatDate(null).ShouldBe("None-None-None");

    [Fact]
    public void WithRawField_InvalidJson_IsRefusedAtOnce()
    {
        Should.Throw<ArgumentException>(() => FakePassportDocument.Sample.WithRawField("age", "thirty"));
        Should.Throw<ArgumentException>(() => new FakeTaskOutcome { RawResult = "{" });
        FakePassportDocument.Sample.WithRawField("age", "\"30\"").RawFields!["age"].ShouldBe("\"30\"");
    }

    [Fact]
    public void FakeFault_RetryAfter_IsSentInWholeSecondsAsADateOrVerbatim()
    {
        FakeFault.Status(503, retryAfter: TimeSpan.FromMilliseconds(1500)).RetryAfter.ShouldBe("2");
        FakeFault.Status(429, null, new DateTimeOffset(2015, 10, 21, 9, 28, 0, TimeSpan.FromHours(2))).RetryAfter.ShouldBe("Wed, 21 Oct 2015 07:28:00 GMT");
        FakeFault.Status(503).WithRetryAfter("soon").RetryAfter.ShouldBe("soon");
        FakeFault.Status(503).After(TimeSpan.FromSeconds(1)).ToString().ShouldBe("Status 503 after 00:00:01");
    }
}
