using WireMock;

namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>Reads the <c>Authorization</c> header of a received request.</summary>
internal static class Bearer
{
    /// <summary>The bearer token sent, or <see langword="null"/> when no <c>Authorization</c> header came.</summary>
    public static string? Of(IRequestMessage request) =>
        MultipartBody.Header(request, "Authorization") is { } value
            ? value.StartsWith("Bearer ", StringComparison.Ordinal) ? value["Bearer ".Length..] : throw new InvalidOperationException($"Authorization is not Bearer: '{value[..Math.Min(10, value.Length)]}…'.")
            : null;
}
