namespace Progeny.Cli;

/// <summary>An image file that a request sends.</summary>
/// <param name="Role">What the file is, as <c>--json</c> names it: <c>file</c>, <c>front</c>, <c>back</c>, <c>passport</c>, <c>selfie</c>.</param>
/// <param name="Path">The file's path, as the person gave it.</param>
/// <param name="Parameter">The request's property that holds it, as the SDK names it in an <see cref="ArgumentException"/>, e.g. <c>SelfieImage</c>.</param>
internal sealed record InputFile(string Role, string Path, string Parameter);
