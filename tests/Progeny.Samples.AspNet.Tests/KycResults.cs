using System.Collections.Frozen;
using Progeny.Sdk;

namespace Progeny.Samples.AspNet.Tests;

/// <summary>Realistic kyc_passport results, as Progeny.Sdk maps them: the specimen's passport with both verdicts, positive or not.</summary>
internal static class KycResults
{
    /// <summary>Gets the specimen passport's data (samples/images/specimen-passport.jpg).</summary>
    public static PassportDocument Specimen { get; } = new()
    {
        IsValid = true,
        IsExpired = false,
        FirstName = "ANNA MARIA",
        LastName = "SPECIMEN",
        DocumentNumber = "X1234567",
        Nationality = "UTOPIAN",
        Sex = Sex.Female,
        DateOfBirth = new DateOnly(1990, 4, 12),
        DateOfIssue = new DateOnly(2021, 6, 1),
        DateOfExpiry = new DateOnly(2031, 5, 31),
        Age = 35,
    };

    /// <summary>Gets a live selfie of the holder (the scores of the documented liveness sample; scorePercent as Progeny sends it).</summary>
    public static KycPassportResult Verified { get; } = new()
    {
        TaskId = "efe46711-b1d8-43f1-9d02-7a54c43b79a2",
        RecordId = 2188,
        Document = Specimen,
        Liveness = new LivenessCheck { IsLive = true, Score = 2.5943651, Quality = 0.8175214, Probability = 0.930498 },
        Match = new FaceMatch { IsMatch = true, MatchScore = 20.0, ScorePercent = 100.0 },
    };

    /// <summary>Gets a selfie whose face is too small to check, and which does not match the portrait.</summary>
    public static KycPassportResult NotLive { get; } = new()
    {
        TaskId = "08bcb59c-c01c-42b9-b666-44df639cff78",
        RecordId = 2189,
        Document = Specimen,
        Liveness = new LivenessCheck { IsLive = false, ErrorCode = "FACE_TOO_SMALL", Error = "Absolute face size is too small" },
        Match = new FaceMatch { IsMatch = false, MatchScore = 2.5, ScorePercent = 12.5 },
        Issues = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["liveness"] = new Dictionary<string, string> { ["FACE_TOO_SMALL"] = "Absolute face size is too small" },
        }.ToFrozenDictionary(),
    };
}
