using System.Collections.Frozen;
using System.Text;

namespace Progeny.Sdk.Benchmarks.Infrastructure;

/// <summary>One v3 service as the in-process API answers it: its task id, its POST's body and its finished task's body.</summary>
/// <param name="Name">The service's API name, its path <c>services/&lt;name&gt;/</c>.</param>
/// <param name="TaskId">The id its POST answers (one per service, so that a status request tells which service's task it reads).</param>
/// <param name="Finished">The body of its finished task, a documented sample.</param>
internal sealed record ServiceSample(string Name, string TaskId, byte[] Finished)
{
    /// <summary>Gets the POST's body: <c>{"id": "&lt;uuid&gt;"}</c>.</summary>
    public byte[] Created { get; } = CannedBodies.CreatedFor(TaskId);
}

/// <summary>
/// Every v3 service with the documentation's finished task (progeny-api.md §4). ocr_card, kyc_passport and kyc_card have
/// no readable GET sample; the documentation expects the ocr_passport shape (<c>data.document</c>, <c>compare</c>,
/// <c>liveness</c>) for them, so they answer the ocr_passport sample, as the SDK's own service tests do. background_check
/// answers its documented body, without the task envelope.
/// </summary>
internal static class ServiceSamples
{
    public static ServiceSample OcrPassport { get; } = new("ocr_passport", DocumentationSamples.TaskId, CannedBodies.Success);

    public static IReadOnlyList<ServiceSample> All { get; } =
    [
        OcrPassport,
        new("ocr_card", "08bcb59c-c01c-42b9-b666-44df639cff78", CannedBodies.Success),
        new("kyc_passport", "6b1e2b8e-5d0c-4d1f-9f0a-2f4f1f5e7a11", CannedBodies.Success),
        new("kyc_card", "3c9d4a57-2e61-4b8e-8f3d-7a2b9c0d1e22", CannedBodies.Success),
        new("face_liveness", "f22a63b1-7d05-4bf1-9633-a623a2799c22", Utf8(DocumentationSamples.FaceLivenessTask)),
        new("register_face", "58bf8a18-b10b-409d-91d6-fdd358408dff", Utf8(DocumentationSamples.RegisterFaceTask)),
        new("authenticate_face", "9e4f7c3a-1b2d-4e5f-8a9b-0c1d2e3f4a33", Utf8(DocumentationSamples.AuthenticateFaceTask)),
        new("background_check", "d7a8b9c0-3e4f-4a5b-9c6d-1e2f3a4b5c44", Utf8(DocumentationSamples.BackgroundCheckUnenveloped)),
    ];

    /// <summary>Finds a service by the name in its path, without allocating.</summary>
    public static FrozenDictionary<string, ServiceSample>.AlternateLookup<ReadOnlySpan<char>> ByName { get; } =
        All.ToFrozenDictionary(sample => sample.Name, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds a service by the task id its POST answers, without allocating.</summary>
    public static FrozenDictionary<string, ServiceSample>.AlternateLookup<ReadOnlySpan<char>> ByTaskId { get; } =
        All.ToFrozenDictionary(sample => sample.TaskId, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}
