namespace Progeny.Sdk.Testing.Internal;

/// <summary>The Django REST Framework field a fake service's form field behaves like.</summary>
internal enum FakeFieldKind
{
    /// <summary>A required <c>ImageField</c>: a file part that decodes as PNG or JPEG.</summary>
    Image,

    /// <summary>A required <c>CharField</c>.</summary>
    Text,

    /// <summary>A <c>CharField(required=False)</c>.</summary>
    OptionalText,

    /// <summary>A <c>BooleanField(required=False)</c>: missing reads as false, other values must spell a boolean.</summary>
    OptionalBoolean,

    /// <summary>A required <c>DateField</c> with the ISO 8601 input format.</summary>
    Date,
}
