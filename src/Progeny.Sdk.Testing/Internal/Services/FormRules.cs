using System.Globalization;
using System.Text.Json;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>
/// Django REST Framework's field validation, with its default messages: every problem of a form in one body, field by
/// field in declaration order.
/// </summary>
internal static class FormRules
{
    public const string Required = "This field is required.";
    public const string NoFile = "No file was submitted.";
    public const string NotAFile = "The submitted data was not a file. Check the encoding type on the form.";
    public const string EmptyFile = "The submitted file is empty.";
    public const string NotAnImage = "Upload a valid image. The file you uploaded was either not an image or a corrupted image.";
    public const string Blank = "This field may not be blank.";
    public const string NotNull = "This field may not be null.";
    public const string NotAString = "Not a valid string.";
    public const string NotABoolean = "Must be a valid boolean.";
    public const string NotADate = "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.";

    private static readonly HashSet<string> Booleans = new(StringComparer.Ordinal)
    {
        "t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "1",
        "f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "0",
    };

    /// <summary>Validates <paramref name="form"/> against the fields of <paramref name="service"/>; empty when it passes.</summary>
    public static Dictionary<string, List<string>> Validate(FakeServiceDefinition service, RequestForm form, bool validateImages, bool listSelfieImage)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var field in service.Fields)
        {
            if (Check(field, form, validateImages) is { } message)
            {
                errors[field.Name] = [message];
            }
        }

        if (errors.Count > 0 && listSelfieImage && service.ListsSelfieImage)
        {
            // The documentation's sample lists a field this endpoint does not take, first.
            var withSelfie = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["selfie_image"] = [NoFile] };
            foreach (var (name, messages) in errors)
            {
                withSelfie[name] = messages;
            }

            return withSelfie;
        }

        return errors;
    }

    /// <summary>A required string field as a <c>CharField</c> checks it; adds its error to <paramref name="errors"/>.</summary>
    public static string? RequiredString(RequestForm form, string name, bool trim, Dictionary<string, List<string>> errors)
    {
        if (CheckText(form, name, trim, required: true) is { } message)
        {
            errors[name] = [message];
            return null;
        }

        var value = form.Fields[name];
        return trim ? value.Trim() : value;
    }

    private static string? Check(FakeField field, RequestForm form, bool validateImages) => field.Kind switch
    {
        FakeFieldKind.Image => CheckImage(form, field.Name, validateImages),
        FakeFieldKind.Text => CheckText(form, field.Name, trim: true, required: true),
        FakeFieldKind.OptionalText => CheckText(form, field.Name, trim: true, required: false),
        FakeFieldKind.OptionalBoolean => CheckBoolean(form, field.Name),
        _ => CheckDate(form, field.Name),
    };

    private static string? CheckImage(RequestForm form, string name, bool validateImages)
    {
        if (form.Files.TryGetValue(name, out var file))
        {
            return file.Length == 0 ? EmptyFile
                : validateImages && !ImageValidator.IsImage(file.Content) ? NotAnImage
                : null;
        }

        if (form.NonStrings.TryGetValue(name, out var kind))
        {
            return kind == JsonValueKind.Null ? NotNull : NotAFile;
        }

        return form.Fields.ContainsKey(name) ? NotAFile : NoFile;
    }

    private static string? CheckText(RequestForm form, string name, bool trim, bool required)
    {
        if (form.Files.ContainsKey(name))
        {
            return NotAString;
        }

        if (form.Fields.TryGetValue(name, out var value))
        {
            // An empty value of an optional field is skipped, as DRF reads HTML form input.
            return value.Length == 0 && !required ? null
                : (trim ? string.IsNullOrWhiteSpace(value) : value.Length == 0) ? Blank
                : null;
        }

        return form.NonStrings.TryGetValue(name, out var kind) ? (kind == JsonValueKind.Null ? NotNull : NotAString)
            : required ? Required
            : null;
    }

    private static string? CheckBoolean(RequestForm form, string name)
    {
        if (form.Fields.TryGetValue(name, out var value))
        {
            return value.Length == 0 || Booleans.Contains(value) ? null : NotABoolean;
        }

        if (form.NonStrings.TryGetValue(name, out var kind))
        {
            return kind switch
            {
                JsonValueKind.True or JsonValueKind.False => null,
                JsonValueKind.Null => NotNull,
                _ => NotABoolean,
            };
        }

        return form.Files.ContainsKey(name) ? NotABoolean : null;
    }

    /// <summary>Django's <c>parse_date</c>: <c>YYYY-M-D</c> with one or two digits for month and day, and a real date.</summary>
    private static string? CheckDate(RequestForm form, string name)
    {
        if (form.Fields.TryGetValue(name, out var value))
        {
            var parts = value.Split('-');
            var valid = parts.Length == 3 && parts[0].Length == 4 && parts[1].Length is 1 or 2 && parts[2].Length is 1 or 2
                && parts.All(part => part.All(char.IsAsciiDigit))
                && DateOnly.TryParseExact(value, "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            return valid ? null : NotADate;
        }

        return form.NonStrings.TryGetValue(name, out var kind) ? (kind == JsonValueKind.Null ? NotNull : NotADate)
            : form.Files.ContainsKey(name) ? NotADate
            : Required;
    }
}
