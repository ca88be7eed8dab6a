using System.Buffers;
using System.Text.Json;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>Writes the task envelope <c>{"id": 2188, "status": "...", "result": ...}</c> in the documented key order, for any service.</summary>
internal static class TaskBody
{
    private static readonly string[] DocumentKeys =
    [
        "is_valid", "is_expired", "dateOfBirth", "age", "firstName", "lastName", "dateOfIssue",
        "dateOfExpiry", "documentNumber", "sex", "nationality", "portrait", "portrait_url",
    ];

    /// <summary>A service POST's 200 with a scripted raw id: <c>{"id": 12345}</c>.</summary>
    public static byte[] WriteCreated(string rawTaskId) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        writer.WriteRawValue(rawTaskId);
        writer.WriteEndObject();
    });

    /// <summary>A read before the end: <c>{"id": null, "status": "PENDING", "result": null}</c> while pending, the record id after.</summary>
    public static byte[] WriteProgress(long? recordId, string? rawRecordId, string status, string? workerResult) => Write(writer =>
    {
        writer.WriteStartObject();
        WriteId(writer, recordId, rawRecordId);
        writer.WriteString("status", status);
        writer.WritePropertyName("result");
        if (workerResult is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteRawValue(workerResult);
        }

        writer.WriteEndObject();
    });

    /// <summary>The final read of a task of <paramref name="service"/>, as <paramref name="outcome"/> says.</summary>
    public static byte[] WriteFinal(long recordId, FakeTaskOutcome outcome, FakeServiceDefinition service, FakePassportDocument document) => Write(writer =>
    {
        if (outcome.Unenveloped && Data(outcome) is { } kind)
        {
            WriteData(writer, kind, outcome, service, document);
            return;
        }

        writer.WriteStartObject();
        WriteId(writer, recordId, outcome.RawRecordId);
        writer.WriteString("status", outcome.Status);
        writer.WritePropertyName("result");
        WriteResult(writer, outcome, service, document);
        writer.WriteEndObject();
    });

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, FakeJson.WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteId(Utf8JsonWriter writer, long? recordId, string? rawRecordId)
    {
        if (recordId is null)
        {
            writer.WriteNull("id");
        }
        else if (rawRecordId is null)
        {
            writer.WriteNumber("id", recordId.Value);
        }
        else
        {
            writer.WritePropertyName("id");
            writer.WriteRawValue(rawRecordId);
        }
    }

    private static bool IsSuccess(FakeTaskOutcome outcome) => string.Equals(outcome.Status, "SUCCESS", StringComparison.OrdinalIgnoreCase);

    private static bool IsFailed(FakeTaskOutcome outcome) => outcome.Error is not null || outcome.ErrorCode is not null;

    /// <summary>Whether the result carries a <c>data</c> object, and which: the success data or a failed check's.</summary>
    private static bool? Data(FakeTaskOutcome outcome) =>
        outcome.RawResult is not null || outcome.ExceptionText is not null || !IsSuccess(outcome) ? null : !IsFailed(outcome);

    private static void WriteResult(Utf8JsonWriter writer, FakeTaskOutcome outcome, FakeServiceDefinition service, FakePassportDocument document)
    {
        if (outcome.RawResult is { } raw)
        {
            writer.WriteRawValue(raw);
        }
        else if (outcome.ExceptionText is { } exception)
        {
            writer.WriteStringValue(exception);
        }
        else if (Data(outcome) is { } success)
        {
            var status = outcome.ResultStatus ?? (success ? 200 : 400);
            writer.WriteStartObject();
            if (!service.DataBeforeStatus)
            {
                writer.WriteNumber("status", status);
            }

            writer.WritePropertyName("data");
            WriteData(writer, success, outcome, service, document);
            if (service.DataBeforeStatus)
            {
                writer.WriteNumber("status", status);
            }

            writer.WriteEndObject();
        }
        else if (IsFailed(outcome) || outcome.ResultStatus is not null)
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

    private static void WriteData(Utf8JsonWriter writer, bool success, FakeTaskOutcome outcome, FakeServiceDefinition service, FakePassportDocument document)
    {
        if (!success)
        {
            // Modelled on the documented face_liveness FACE_TOO_SMALL sample: the check's own object says why,
            // and issues.<check> maps the code to the message.
            writer.WriteStartObject();
            writer.WriteStartObject(service.CheckName);
            writer.WriteBoolean("result", false);
            WriteErrors(writer, outcome);
            writer.WriteEndObject();
            if (outcome.ErrorCode is { } code)
            {
                writer.WriteStartObject("issues");
                writer.WriteStartObject(service.CheckName);
                writer.WriteString(code, outcome.Error ?? code);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }
        else if ((outcome.RawData ?? service.SampleData) is { } data)
        {
            writer.WriteRawValue(data);
        }
        else
        {
            writer.WriteStartObject();
            writer.WritePropertyName("document");
            WriteDocument(writer, document);
            if (service.HasFaceChecks)
            {
                WriteOptional(writer, "compare", outcome.Compare);
                WriteOptional(writer, "liveness", outcome.Liveness);
            }

            writer.WriteEndObject();
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
