namespace Progeny.Samples.AspNet.Tests;

/// <summary>A kyc_passport request as <see cref="RecordingKycService"/> received it.</summary>
/// <param name="Passport">The passport image.</param>
/// <param name="Selfie">The selfie.</param>
/// <param name="ExtendData">Whether the providers' original responses were asked for.</param>
internal sealed record ReceivedKycRequest(ReceivedImage Passport, ReceivedImage Selfie, bool ExtendData);
