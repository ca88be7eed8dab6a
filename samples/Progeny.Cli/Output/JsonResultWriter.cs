using System.Buffers;
using System.Text;
using System.Text.Json;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>
/// Writes outcomes as JSON Lines, one compact object per input, failures included: the input files (by role, e.g.
/// <c>front</c>; <see langword="null"/> when waiting for a task), <c>taskId</c>, with <c>--journal</c> <c>fromJournal</c>
/// (whether an earlier run's outcome was read back, nothing sent), then on success the service's
/// properties, <c>providerData</c> and <c>issues</c>, and last <c>failure</c> (<see langword="null"/> on success; otherwise
/// <c>kind</c>, <c>exitCode</c>, <c>message</c>, <c>errorCode</c> and <c>taskMayExist</c>).
/// </summary>
internal static class JsonResultWriter
{
    /// <summary>Writes one outcome.</summary>
    /// <typeparam name="TRequest">The service's request.</typeparam>
    /// <typeparam name="TResult">The service's result.</typeparam>
    /// <param name="output">stdout.</param>
    /// <param name="service">The service, which writes its result's properties.</param>
    /// <param name="outcome">The outcome.</param>
    public static void Write<TRequest, TResult>(TextWriter output, ServiceDescription<TRequest, TResult> service, TaskOutcome<TRequest, TResult> outcome)
        where TRequest : class
        where TResult : ProgenyResult
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(outcome);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var role in service.FileRoles)
            {
                writer.WriteString(role, outcome.Input.Files.FirstOrDefault(file => file.Role == role)?.Path);
            }

            writer.WriteString("taskId", outcome.TaskId ?? outcome.Result?.TaskId);
            if (outcome.FromJournal is { } fromJournal)
            {
                writer.WriteBoolean("fromJournal", fromJournal);
            }

            if (outcome.Result is { } result)
            {
                service.WriteJson(writer, result);
                if (result.ProviderData.Count > 0)
                {
                    JsonFields.Property(writer, "providerData", result.ProviderData, CliJsonContext.Default.IReadOnlyDictionaryStringJsonElement);
                }
                else
                {
                    writer.WriteNull("providerData");
                }

                JsonFields.Property(writer, "issues", result.Issues, CliJsonContext.Default.IReadOnlyDictionaryStringIReadOnlyDictionaryStringString);
            }

            writer.WritePropertyName("failure");
            WriteFailure(writer, outcome.Failure);
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteFailure(Utf8JsonWriter writer, TaskFailure? failure)
    {
        if (failure is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("kind", failure.Kind);
        writer.WriteNumber("exitCode", failure.ExitCode);
        writer.WriteString("message", failure.Message);
        writer.WriteString("errorCode", (failure.Exception as ProgenyTaskFailedException)?.ErrorCode);
        writer.WriteBoolean("taskMayExist", failure.TaskMayExist);
        writer.WriteEndObject();
    }
}
