using System.Globalization;
using Microsoft.AspNetCore.Http.Metadata;

namespace Progeny.Samples.AspNet;

/// <summary>
/// Endpoint metadata of an endpoint that takes images as the files of a multipart form: its fields and the most bytes
/// an image may have. The routing middleware applies its <see cref="MaxRequestBodySize"/> (a larger body is refused
/// with 413 before the form is read), and the problems the framework answers for such an endpoint are explained from it.
/// </summary>
/// <param name="fields">The form fields, one image file each.</param>
/// <param name="maxImageBytes">The most bytes of one image: the client's <c>MaxImageBytes</c>.</param>
internal sealed class ImageForm(IReadOnlyList<string> fields, long maxImageBytes) : IRequestSizeLimitMetadata
{
    /// <summary>What a multipart body may hold beyond its images: boundaries and part headers, with room to spare.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>Gets the form fields, one image file each.</summary>
    public IReadOnlyList<string> Fields { get; } = fields;

    /// <summary>Gets the most bytes of one image.</summary>
    public long MaxImageBytes { get; } = maxImageBytes;

    /// <inheritdoc/>
    public long? MaxRequestBodySize => (Fields.Count * MaxImageBytes) + FormOverheadBytes;

    /// <summary>Gets what to send, e.g. <c>multipart/form-data with one PNG or JPEG file in each of the fields 'passport' and 'selfie'</c>.</summary>
    public string Expected => Describe(Fields);

    /// <summary>Gets the limits in words, e.g. <c>at most 20.06 MiB, each image at most 10 MiB</c>.</summary>
    public string Limits => $"at most {MiB(MaxRequestBodySize!.Value)} MiB, each image at most {MiB(MaxImageBytes)} MiB";

    /// <summary>Says what to send to fill <paramref name="fields"/>.</summary>
    /// <param name="fields">The form fields, one image file each.</param>
    /// <returns>E.g. <c>multipart/form-data with one PNG or JPEG file in the field 'image'</c>.</returns>
    public static string Describe(IReadOnlyList<string> fields) => fields.Count == 1
        ? $"multipart/form-data with one PNG or JPEG file in the field '{fields[0]}'"
        : $"multipart/form-data with one PNG or JPEG file in each of the fields {string.Join(", ", fields.SkipLast(1).Select(field => $"'{field}'"))} and '{fields[^1]}'";

    private static string MiB(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.##", CultureInfo.InvariantCulture);
}
