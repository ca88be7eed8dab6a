using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>
/// background_check: a full name (<c>fullname</c>) and a birth date (<c>birth_date</c>, <c>yyyy-MM-dd</c>) → an AML
/// screening. Its documented answer has no envelope (<c>{"background_check": {...}}</c>); the enveloped form
/// (<c>result.data.background_check</c>) is read too. Fails without a <c>background_check</c> object.
/// </summary>
internal sealed class BackgroundCheckService : EnvelopedServiceDefinition<BackgroundCheckRequest, BackgroundCheckDataDto, BackgroundCheckResult>
{
    public static BackgroundCheckService Instance { get; } = new();

    public override string Name => "background_check";

    protected override JsonTypeInfo<TaskEnvelope<BackgroundCheckDataDto>> Envelope => ProgenyJsonContext.Default.TaskEnvelopeBackgroundCheckDataDto;

    public override void Describe(BackgroundCheckRequest request, ServiceForm form) => form
        .Text("fullname", request.FullName, nameof(request.FullName))
        .Text("birth_date", request.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), nameof(request.BirthDate));

    public override Task<HttpResponseMessage> SubmitAsync(IProgenyApi api, HttpContent form, UploadGuard guard, CancellationToken cancellationToken) =>
        api.SubmitBackgroundCheckAsync(form, guard, cancellationToken);

    /// <summary>
    /// The documented body (a <c>{"background_check": {...}}</c> object at its top) is finished when it names no status,
    /// and is read into its data at once (<see langword="null"/> when that cannot be read); an enveloped body is read
    /// into its envelope.
    /// </summary>
    public override bool TryReadStatus(ReadOnlySpan<byte> body, out string status, out object? parsed)
    {
        if (!TaskStatusReader.HasObject(body, "background_check"u8))
        {
            return base.TryReadStatus(body, out status, out parsed);
        }

        parsed = null;
        if (!TaskStatusReader.TryRead(body, out status))
        {
            return false;
        }

        status = status.Length == 0 ? ProgenyTaskStatus.Success.Value : status;
        parsed = Unenveloped(body);
        return true;
    }

    public override BackgroundCheckResult? Read(string taskId, object? parsed) => parsed is BackgroundCheckDataDto data
        ? Complete(taskId, recordId: null, data)
        : base.Read(taskId, parsed);

    protected override BackgroundCheckResult? Map(BackgroundCheckDataDto data, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> issues) =>
        data.BackgroundCheck is { } check
            ? new BackgroundCheckResult
            {
                PotentialMatch = check.PotentialMatch,
                RiskLevel = WireValues.Text(check.RiskLevel),
                TotalMatches = check.TotalMatches,
                Hits = check.Hits ?? [],
            }
            : null;

    /// <summary>The documented body, <c>{"background_check": {...}}</c> at the top, or <see langword="null"/>.</summary>
    private static BackgroundCheckDataDto? Unenveloped(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, ProgenyJsonContext.Default.BackgroundCheckDataDto) is { BackgroundCheck: not null } data ? data : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
