using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>
/// Reads a <see cref="CheckDto"/> from a bare verdict or a check object, without building a <see cref="JsonDocument"/>.
/// Verdicts read as <see cref="LenientBooleanConverter"/> reads them; scores are numbers or numbers as strings (not
/// finite: <see langword="null"/>); error codes and messages are text, numbers or booleans, never empty or <c>None</c>.
/// </summary>
internal sealed class CheckConverter : JsonConverter<CheckDto>
{
    public override CheckDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return CheckDto.Verdict(LenientBooleanConverter.ReadValue(ref reader));
        }

        bool? result = null;
        string? errorCode = null, error = null;
        var data = CheckDataDto.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (Value(ref reader, "result"u8))
            {
                result = LenientBooleanConverter.ReadValue(ref reader);
            }
            else if (Value(ref reader, "data"u8))
            {
                data = ReadData(ref reader);
            }
            else if (Value(ref reader, "error_code"u8))
            {
                errorCode = Text(ref reader);
            }
            else if (Value(ref reader, "error"u8))
            {
                error = Text(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new CheckDto { Result = result, ErrorCode = errorCode, Error = error, Data = data };
    }

    public override void Write(Utf8JsonWriter writer, CheckDto value, JsonSerializerOptions options) =>
        throw new NotSupportedException("A check is only read.");

    /// <summary>The check's <c>data</c>: its members when it is an object, <see cref="CheckDataDto.None"/> otherwise.</summary>
    private static CheckDataDto ReadData(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return CheckDataDto.None;
        }

        double? score = null, quality = null, probability = null, matchScore = null, matchScoreSnake = null, scorePercent = null, scorePercentSnake = null;
        string? errorCode = null, error = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (Value(ref reader, "score"u8))
            {
                score = Number(ref reader);
            }
            else if (Value(ref reader, "quality"u8))
            {
                quality = Number(ref reader);
            }
            else if (Value(ref reader, "probability"u8))
            {
                probability = Number(ref reader);
            }
            else if (Value(ref reader, "matchScore"u8))
            {
                matchScore = Number(ref reader);
            }
            else if (Value(ref reader, "match_score"u8))
            {
                matchScoreSnake = Number(ref reader);
            }
            else if (Value(ref reader, "scorePercent"u8))
            {
                scorePercent = Number(ref reader);
            }
            else if (Value(ref reader, "score_percent"u8))
            {
                scorePercentSnake = Number(ref reader);
            }
            else if (Value(ref reader, "error_code"u8))
            {
                errorCode = Text(ref reader);
            }
            else if (Value(ref reader, "error"u8))
            {
                error = Text(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new CheckDataDto
        {
            Score = score,
            Quality = quality,
            Probability = probability,
            MatchScore = matchScore ?? matchScoreSnake,
            ScorePercent = scorePercent ?? scorePercentSnake,
            ErrorCode = errorCode,
            Error = error,
        };
    }

    /// <summary>Whether the property name at the reader is <paramref name="name"/>; if so, the reader moves to its value.</summary>
    private static bool Value(ref Utf8JsonReader reader, ReadOnlySpan<byte> name) => reader.ValueTextEquals(name) && reader.Read();

    /// <summary>Skips the value of the property name at the reader.</summary>
    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>Reads <c>2.59</c> and <c>"20.0"</c> as numbers; anything else, or not finite, as <see langword="null"/>.</summary>
    private static double? Number(ref Utf8JsonReader reader)
    {
        double? value = reader.TokenType switch
        {
            JsonTokenType.Number => reader.TryGetDouble(out var number) ? number : null,
            JsonTokenType.String => double.TryParse(LenientStringConverter.ReadString(ref reader), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
            _ => null,
        };
        reader.Skip();
        return value is { } finite && double.IsFinite(finite) ? finite : null;
    }

    /// <summary>Reads a string, or a number or boolean as text; empty text, <c>None</c> and anything else as <see langword="null"/>.</summary>
    private static string? Text(ref Utf8JsonReader reader) => WireValues.Text(LenientStringConverter.ReadValue(ref reader));
}
