namespace Progeny.Samples.AspNet.Tests;

/// <summary>An image handed to a Progeny service: its file name and its bytes.</summary>
/// <param name="FileName">The file name Progeny.Sdk would send.</param>
/// <param name="Content">The bytes Progeny.Sdk would send.</param>
internal sealed record ReceivedImage(string FileName, byte[] Content);
