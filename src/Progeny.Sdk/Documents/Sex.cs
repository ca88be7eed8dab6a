using System.Text.Json.Serialization;

namespace Progeny.Sdk;

/// <summary>The sex printed on a passport; serialized by name (<c>"Female"</c>), as the CLI and the samples show it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
public enum Sex
{
    /// <summary>The document did not say, or said something the SDK does not know.</summary>
    Unknown = 0,

    /// <summary>Female (<c>F</c>).</summary>
    Female,

    /// <summary>Male (<c>M</c>).</summary>
    Male,

    /// <summary>Unspecified or non-binary (<c>X</c>).</summary>
    Unspecified,
}
