using Progeny.Sdk.Testing;

namespace Progeny.Samples.AspNet.Tests;

/// <summary>kyc_passport answers of the fake server beyond its default (a live selfie of the holder): negative verdicts, as booleans or as scored objects.</summary>
internal static class KycOutcomes
{
    /// <summary>Gets a selfie that is not a live person, of the holder: <c>"liveness": false</c>, <c>"compare": true</c>.</summary>
    public static FakeTaskOutcome NotLive { get; } = FakeTaskOutcome.Success() with { Liveness = false };

    /// <summary>Gets a live selfie of someone else: <c>"liveness": true</c>, <c>"compare": false</c>.</summary>
    public static FakeTaskOutcome NoMatch { get; } = FakeTaskOutcome.Success() with { Compare = false };

    /// <summary>
    /// Gets both verdicts negative, as objects with the reason and the scores (the shapes of face_liveness's "face too
    /// small" and of authenticate_face's comparison): the specimen's passport, a face too small, a 12.5% match.
    /// </summary>
    public static FakeTaskOutcome FaceTooSmallAndNoMatch { get; } = new()
    {
        RawData = """
            {"document": {"is_valid": true, "is_expired": false, "dateOfBirth": "1990-4-12", "firstName": "ANNA MARIA", "lastName": "SPECIMEN",
                          "documentNumber": "X1234567", "sex": "F", "nationality": "UTOPIAN"},
             "liveness": {"result": false, "error": "Absolute face size is too small", "error_code": "FACE_TOO_SMALL"},
             "compare": {"result": false, "data": {"matchScore": "2.5", "scorePercent": "12.5"}},
             "issues": {"liveness": {"FACE_TOO_SMALL": "Absolute face size is too small"}}}
            """,
    };
}
