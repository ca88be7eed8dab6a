using System.Globalization;
using Progeny.Sdk.Benchmarks.Baseline;
using Progeny.Sdk.Benchmarks.Infrastructure;

namespace Progeny.Sdk.Benchmarks.Modes;

/// <summary>
/// One service's operation, done by the SDK (<c>SubmitAsync</c> then <c>WaitForAsync</c>, whose first GET is at once) and
/// by the hand-written baseline (the same POST, one GET at once, the same result fields parsed).
/// </summary>
/// <param name="Name">The service's API name.</param>
/// <param name="Images">How many images its form carries.</param>
/// <param name="Sdk">The SDK's operation.</param>
/// <param name="Baseline">The baseline's operation.</param>
/// <param name="SameResult">Runs both once and tells whether they read the same values (the sample's key fields).</param>
internal sealed record ServiceCase(string Name, int Images, Func<Task> Sdk, Func<Task> Baseline, Func<Task<bool>> SameResult)
{
    /// <summary>Gets the design's target (§5) for the CPU-time ratio: 1.10 for ocr_passport, 1.15 for every other service.</summary>
    public double CpuTarget => Name == ServiceSamples.OcrPassport.Name ? 1.10 : 1.15;

    /// <summary>Gets the design's target (§5) for the allocation ratio: 1.20 for ocr_passport, 1.25 for every other service.</summary>
    public double AllocationTarget => Name == ServiceSamples.OcrPassport.Name ? 1.20 : 1.25;
}

/// <summary>The service catalog as benchmark cases: every v3 service, its request built per call as a user builds it.</summary>
internal static class ServiceCases
{
    public const string FaceId = "d3da2b7a-b062-11ec-b3b9-0242ac190002";
    public const string FullName = "VALERIA PERFILOVA";
    public static readonly DateOnly BirthDate = new(1991, 9, 24);

    /// <summary>Three different 16 KiB images (JPEG magic bytes, then seeded noise), so that a form's parts differ.</summary>
    private static readonly byte[] First = CannedBodies.Jpeg(16 * 1024, seed: 42);
    private static readonly byte[] Second = CannedBodies.Jpeg(16 * 1024, seed: 43);
    private static readonly byte[] Third = CannedBodies.Jpeg(16 * 1024, seed: 44);

    /// <summary>Every service, in the order of the catalog (ocr_passport first), over one SDK client and one logged-in baseline.</summary>
    public static IReadOnlyList<ServiceCase> For(IProgenyClient client, BaselineClient baseline)
    {
        var first = ProgenyImage.FromBytes(First, "first.jpg");
        var second = ProgenyImage.FromBytes(Second, "second.jpg");
        var third = ProgenyImage.FromBytes(Third, "third.jpg");
        var json = BaselineJson.Default;
        return
        [
            Case("ocr_passport", 1,
                async () => await client.OcrPassport.WaitForAsync(await client.OcrPassport.SubmitAsync(new(first))),
                () => baseline.OcrPassportAsync(new MemoryStream(First, writable: false), "first.jpg"),
                static (sdk, hand) => Same(sdk.Document.DocumentNumber, hand.DocumentNumber)),
            Case("ocr_card", 2,
                async () => await client.OcrCard.WaitForAsync(await client.OcrCard.SubmitAsync(new(first, second))),
                () => baseline.RunAsync("services/ocr_card/", new MultipartFormDataContent
                {
                    { Jpeg(First), "front_id", "first.jpg" },
                    { Jpeg(Second), "back_id", "second.jpg" },
                    { new StringContent("false"), "extend_data" },
                }, json.BaselineTaskBaselineDocumentData),
                static (sdk, hand) => Same(sdk.Document.DocumentNumber, hand.Result?.Data?.Document?.DocumentNumber)),
            Case("kyc_passport", 2,
                async () => await client.KycPassport.WaitForAsync(await client.KycPassport.SubmitAsync(new(first, second))),
                () => baseline.RunAsync("services/kyc_passport/", new MultipartFormDataContent
                {
                    { Jpeg(First), "passport_image", "first.jpg" },
                    { Jpeg(Second), "selfie_image", "second.jpg" },
                    { new StringContent("false"), "extend_data" },
                }, json.BaselineTaskBaselineDocumentData),
                static (sdk, hand) => Same(sdk.Document.DocumentNumber, hand.Result?.Data?.Document?.DocumentNumber)
                    && Same(sdk.Liveness.IsLive, hand.Result?.Data?.Liveness) && Same(sdk.Match.IsMatch, hand.Result?.Data?.Compare)),
            Case("kyc_card", 3,
                async () => await client.KycCard.WaitForAsync(await client.KycCard.SubmitAsync(new(first, second, third))),
                () => baseline.RunAsync("services/kyc_card/", new MultipartFormDataContent
                {
                    { Jpeg(First), "front_id", "first.jpg" },
                    { Jpeg(Second), "back_id", "second.jpg" },
                    { Jpeg(Third), "selfie_image", "third.jpg" },
                    { new StringContent("false"), "extend_data" },
                }, json.BaselineTaskBaselineDocumentData),
                static (sdk, hand) => Same(sdk.Document.DocumentNumber, hand.Result?.Data?.Document?.DocumentNumber)
                    && Same(sdk.Liveness.IsLive, hand.Result?.Data?.Liveness) && Same(sdk.Match.IsMatch, hand.Result?.Data?.Compare)),
            Case("face_liveness", 1,
                async () => await client.FaceLiveness.WaitForAsync(await client.FaceLiveness.SubmitAsync(new(first))),
                () => baseline.RunAsync("services/face_liveness/", new MultipartFormDataContent
                {
                    { Jpeg(First), "image", "first.jpg" },
                    { new StringContent("false"), "extend_data" },
                }, json.BaselineTaskBaselineFaceData),
                static (sdk, hand) => Same(sdk.Liveness.IsLive, hand.Result?.Data?.Liveness?.Result)
                    && Same(sdk.Liveness.Score, hand.Result?.Data?.Liveness?.Data?.Score)),
            Case("register_face", 1,
                async () => await client.RegisterFace.WaitForAsync(await client.RegisterFace.SubmitAsync(new(first))),
                () => baseline.RunAsync("services/register_face/", new MultipartFormDataContent
                {
                    { Jpeg(First), "image", "first.jpg" },
                    { new StringContent("false"), "extend_data" },
                }, json.BaselineTaskBaselineFaceData),
                static (sdk, hand) => Same(sdk.FaceId, hand.Result?.Data?.Uuid)),
            Case("authenticate_face", 1,
                async () => await client.AuthenticateFace.WaitForAsync(await client.AuthenticateFace.SubmitAsync(new(first, FaceId))),
                () => baseline.RunAsync("services/authenticate_face/", new MultipartFormDataContent
                {
                    { Jpeg(First), "image", "first.jpg" },
                    { new StringContent(FaceId), "uuid" },
                    { new StringContent("false"), "extend_data" },
                }, json.BaselineTaskBaselineFaceData),
                static (sdk, hand) => Same(sdk.Match.MatchScore, hand.Result?.Data?.Authentication?.Data?.MatchScore)
                    && Same(sdk.Liveness.Probability, hand.Result?.Data?.Liveness?.Data?.Probability)),
            Case("background_check", 0,
                async () => await client.BackgroundCheck.WaitForAsync(await client.BackgroundCheck.SubmitAsync(new(FullName, BirthDate))),
                async () => await baseline.WaitAsync(
                    await baseline.SubmitAsync("services/background_check/", new MultipartFormDataContent
                    {
                        { new StringContent(FullName), "fullname" },
                        { new StringContent(BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "birth_date" },
                    }),
                    json.BaselineScreening,
                    static screening => screening.BackgroundCheck is not null),
                static (sdk, hand) => Same(sdk.RiskLevel, hand.BackgroundCheck?.RiskLevel)
                    && Same(sdk.TotalMatches, hand.BackgroundCheck?.TotalMatches) && sdk.Hits.Count == hand.BackgroundCheck?.Hits?.Count),
        ];
    }

    private static ServiceCase Case<TSdk, TBaseline>(string name, int images, Func<Task<TSdk>> sdk, Func<Task<TBaseline>> baseline, Func<TSdk, TBaseline, bool> same) =>
        new(name, images, sdk, baseline, async () => same(await sdk(), await baseline()));

    private static StreamContent Jpeg(byte[] image) => BaselineClient.Jpeg(new MemoryStream(image, writable: false));

    /// <summary>Whether the SDK read a value and the baseline read the same one.</summary>
    private static bool Same<T>(T? sdk, T? baseline) => sdk is not null && EqualityComparer<T>.Default.Equals(sdk, baseline);
}
