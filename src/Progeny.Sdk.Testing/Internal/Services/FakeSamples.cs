using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>
/// The <c>result.data</c> objects of the documentation's samples (progeny-api.md §4), compact and in the documented key
/// order, and the named answers built from them.
/// </summary>
internal static class FakeSamples
{
    /// <summary>§4.3: a live face, as face_liveness and authenticate_face answer it.</summary>
    public const string LiveFace = """{"data":{"score":2.5943651,"quality":0.8175214,"probability":0.930498},"result":true}""";

    /// <summary>§4.3 face_liveness GET 200.</summary>
    public const string FaceLiveness = """{"liveness":""" + LiveFace + "}";

    /// <summary>§4.3 "face too small": the code directly under <c>liveness</c> (inner status 400).</summary>
    public const string FaceTooSmall =
        """{"liveness":{"result":false,"error":"Absolute face size is too small","error_code":"FACE_TOO_SMALL"},"issues":{"liveness":{"FACE_TOO_SMALL":"Absolute face size is too small"}}}""";

    /// <summary>§4.3 (overview) "no face": the code under <c>liveness.data</c> (inner status 200).</summary>
    public const string FaceNotFound =
        """{"liveness":{"data":{"error":"Failed to detect face","error_code":"FACE_NOT_FOUND"},"result":false},"issues":{"liveness":{"FACE_NOT_FOUND":"Failed to detect face"}}}""";

    /// <summary>§4.1 register_face GET 200's uuid.</summary>
    public const string RegisteredFaceId = "d3da2b7a-b062-11ec-b3b9-0242ac190002";

    /// <summary>A hit of a background check; the documentation shows none, so this one is made up.</summary>
    public const string MadeUpHit = """{"name":"VALERIA PERFILOVA","birth_date":"1991-09-24","match_types":["sanction"],"sources":["Example Sanctions List"]}""";

    /// <summary>§4.9 background_check GET 200's data.</summary>
    public static string BackgroundCheckClear { get; } = BackgroundCheck("unknown", []);

    /// <summary>§4.2 authenticate_face GET 200's data (with <c>true</c>, <c>"20.0"</c>, <c>"100.0"</c>).</summary>
    public static string Authentication(bool result, string matchScore, string scorePercent) => Write(writer =>
    {
        writer.WriteStartObject("authentication");
        writer.WriteBoolean("result", result);
        writer.WriteStartObject("data");
        writer.WriteString("matchScore", matchScore);
        writer.WriteString("scorePercent", scorePercent);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WritePropertyName("liveness");
        writer.WriteRawValue(LiveFace);
    });

    /// <summary>§4.1 register_face GET 200's data.</summary>
    public static string Registration(string faceId) => Write(writer => writer.WriteString("uuid", faceId));

    /// <summary>§4.9's shape: <c>potential_match</c> when there are hits, <c>total_matches</c> their number.</summary>
    public static string BackgroundCheck(string riskLevel, IReadOnlyList<string> hits) => Write(writer =>
    {
        writer.WriteStartObject("background_check");
        writer.WriteBoolean("potential_match", hits.Count > 0);
        writer.WriteString("risk_level", riskLevel);
        writer.WriteNumber("total_matches", hits.Count);
        writer.WriteStartArray("hits");
        foreach (var hit in hits)
        {
            writer.WriteRawValue(hit);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>A JSON object with the members <paramref name="members"/> writes.</summary>
    private static string Write(Action<Utf8JsonWriter> members)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, FakeJson.WriterOptions))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
