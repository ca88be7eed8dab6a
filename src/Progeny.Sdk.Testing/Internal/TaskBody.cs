using System.Buffers;
using System.Text.Json;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>Writes the task envelope <c>{"id": 2188, "status": "...", "result": ...}</c> in the documented key order.</summary>
internal static class TaskBody
{
    private static readonly string[] DocumentKeys =
    [
        "is_valid", "is_expired", "dateOfBirth", "age", "firstName", "lastName", "dateOfIssue",
        "dateOfExpiry", "documentNumber", "sex", "nationality", "portrait", "portrait_url",
    ];

    public static byte[] Write(long recordId, string status, FakeTaskOutcome? final, FakePassportDocument document)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, FakeJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", recordId);
            writer.WriteString("status", status);
            writer.WritePropertyName("result");
            if (final is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteResult(writer, final, document);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteResult(Utf8JsonWriter writer, FakeTaskOutcome outcome, FakePassportDocument document)
    {
        if (outcome.RawResult is { } raw)
        {
            writer.WriteRawValue(raw);
            return;
        }

        var success = string.Equals(outcome.Status, "SUCCESS", StringComparison.OrdinalIgnoreCase);
        var failed = outcome.Error is not null || outcome.ErrorCode is not null;
        if (success && !failed)
        {
            writer.WriteStartObject();
            writer.WriteNumber("status", outcome.ResultStatus ?? 200);
            writer.WriteStartObject("data");
            writer.WritePropertyName("document");
            WriteDocument(writer, document);
            WriteOptional(writer, "compare", outcome.Compare);
            WriteOptional(writer, "liveness", outcome.Liveness);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        else if (success)
        {
            // Modelled on the documented face_liveness FACE_TOO_SMALL sample: the check's own object says why,
            // and issues.<check> maps the code to the message.
            writer.WriteStartObject();
            writer.WriteNumber("status", outcome.ResultStatus ?? 400);
            writer.WriteStartObject("data");
            writer.WriteStartObject("document");
            writer.WriteBoolean("result", false);
            WriteErrors(writer, outcome);
            writer.WriteEndObject();
            if (outcome.ErrorCode is { } code)
            {
                writer.WriteStartObject("issues");
                writer.WriteStartObject("document");
                writer.WriteString(code, outcome.Error ?? code);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        else if (failed || outcome.ResultStatus is not null)
        {
            writer.WriteStartObject();
            writer.WriteNumber("status", outcome.ResultStatus ?? 500);
            WriteErrors(writer, outcome);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteErrors(Utf8JsonWriter writer, FakeTaskOutcome outcome)
    {
        if (outcome.Error is { } error)
        {
            writer.WriteString("error", error);
        }

        if (outcome.ErrorCode is { } code)
        {
            writer.WriteString("error_code", code);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    private static void WriteDocument(Utf8JsonWriter writer, FakePassportDocument document)
    {
        var raw = document.RawFields;
        writer.WriteStartObject();
        foreach (var key in DocumentKeys)
        {
            if (raw is not null && raw.TryGetValue(key, out var json))
            {
                writer.WritePropertyName(key);
                writer.WriteRawValue(json);
                continue;
            }

            switch (key)
            {
                case "is_valid": WriteOptional(writer, key, document.IsValid); break;
                case "is_expired": WriteOptional(writer, key, document.IsExpired); break;
                case "age":
                    if (document.Age is { } age)
                    {
                        writer.WriteNumber(key, age);
                    }

                    break;
                default: WriteOptional(writer, key, Text(document, key)); break;
            }
        }

        if (raw is not null)
        {
            foreach (var (name, json) in raw)
            {
                if (Array.IndexOf(DocumentKeys, name) < 0)
                {
                    writer.WritePropertyName(name);
                    writer.WriteRawValue(json);
                }
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string? Text(FakePassportDocument document, string key) => key switch
    {
        "dateOfBirth" => document.DateOfBirth,
        "firstName" => document.FirstName,
        "lastName" => document.LastName,
        "dateOfIssue" => document.DateOfIssue,
        "dateOfExpiry" => document.DateOfExpiry,
        "documentNumber" => document.DocumentNumber,
        "sex" => document.Sex,
        "nationality" => document.Nationality,
        "portrait" => document.Portrait,
        "portrait_url" => document.PortraitUrl,
        _ => null,
    };
}
