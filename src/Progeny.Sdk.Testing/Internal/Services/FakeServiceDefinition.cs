namespace Progeny.Sdk.Testing.Internal;

/// <summary>One fake service: its route, its form, and what its successful task answers by default.</summary>
internal sealed class FakeServiceDefinition
{
    public required FakeService Service { get; init; }

    public required FakeEndpoint Endpoint { get; init; }

    /// <summary>The API name, e.g. <c>face_liveness</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The form fields, in the order a 400 body lists them.</summary>
    public required IReadOnlyList<FakeField> Fields { get; init; }

    /// <summary>The image <see cref="RecordedUpload.FileName"/> and its siblings describe, if the service takes one.</summary>
    public string? MainFile { get; init; }

    /// <summary>Where a failed check writes its error: the key under <c>data</c> and under <c>data.issues</c>.</summary>
    public required string CheckName { get; init; }

    /// <summary>Whether a successful task answers <c>data.document</c> (from the outcome or the options).</summary>
    public bool HasDocument { get; init; }

    /// <summary>Whether a document answer also carries the <c>compare</c> and <c>liveness</c> flags.</summary>
    public bool HasFaceChecks { get; init; }

    /// <summary>The <c>data</c> of a successful task of a service without a document: the documented sample.</summary>
    public string? SampleData { get; init; }

    /// <summary>Whether <c>result</c> writes <c>data</c> before <c>status</c>, as the service's documented samples do.</summary>
    public bool DataBeforeStatus { get; init; }

    /// <summary>Whether a 400 body may also list <c>selfie_image</c>, which the service does not take, as its documented sample does.</summary>
    public bool ListsSelfieImage { get; init; }

    /// <summary>The path, e.g. <c>/api/v3/services/face_liveness/</c>.</summary>
    public string Path => FakeServices.ServicesPath + Name + "/";
}
