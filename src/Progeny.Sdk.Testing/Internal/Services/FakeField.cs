namespace Progeny.Sdk.Testing.Internal;

/// <summary>A form field of a fake service, validated as the Django REST Framework field of that kind would be.</summary>
/// <param name="Name">The multipart field name.</param>
/// <param name="Kind">How it is validated.</param>
internal readonly record struct FakeField(string Name, FakeFieldKind Kind);
