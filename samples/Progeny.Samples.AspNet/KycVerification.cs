using Progeny.Sdk;

namespace Progeny.Samples.AspNet;

/// <summary>The answer of <c>POST /kyc</c>: the passport's data and the two verdicts on the selfie.</summary>
/// <param name="TaskId">The id of the Progeny task that made the checks: the reference to keep with the decision.</param>
/// <param name="Document">The data read from the passport page.</param>
/// <param name="Liveness">
/// Whether the selfie is a live person: <c>isLive</c> <see langword="false"/> with an <c>errorCode</c> (e.g.
/// <c>FACE_TOO_SMALL</c>) when it is not or could not be checked, if Progeny gave one; <c>isLive</c> <see langword="null"/> when
/// Progeny gave no verdict.
/// </param>
/// <param name="Match">
/// Whether the selfie is the passport's holder: <c>isMatch</c>, with <c>matchScore</c> and <c>scorePercent</c> when Progeny
/// gives them; <c>isMatch</c> <see langword="null"/> when it gave no verdict.
/// </param>
internal sealed record KycVerification(string TaskId, PassportDocument Document, LivenessCheck Liveness, FaceMatch Match);
