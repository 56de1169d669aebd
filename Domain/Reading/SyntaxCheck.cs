using System.Text.Json;
using System.Text.Unicode;

namespace Disclosure.Domain.Reading;

/// <summary>
/// Finds where a document stops being JSON. JsonDocument reports only a line and byte position;
/// people need the member that was being read.
/// </summary>
internal static class SyntaxCheck
{
    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;
        public string? Member { get; set; }
        public int Index { get; set; } = -1;
        /// <summary>Between a member's name (or an element's start) and the end of its value.</summary>
        public bool InValue { get; set; }
    }

    /// <summary>Null when the bytes are one well-formed JSON value; else the pointer and what broke.</summary>
    public static (string Pointer, string Detail)? FindError(ReadOnlySpan<byte> utf8Json) =>
        IsWellFormed(utf8Json) ? null : Locate(utf8Json);

    /// <summary>
    /// The same checks as <see cref="Locate"/>, without keeping track of where the reader is or decoding a string
    /// that has no escape (valid UTF-8 without escapes always decodes): the usual body is well-formed, and only a
    /// broken one is read again to say where it broke.
    /// </summary>
    private static bool IsWellFormed(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.String)) continue;
                if (reader.ValueIsEscaped) _ = reader.GetString();
                else if (!Utf8.IsValid(reader.ValueSpan)) return false;
            }
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static (string Pointer, string Detail)? Locate(ReadOnlySpan<byte> utf8Json)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        StartValue(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        EndValue(frames);
                        break;
                    case JsonTokenType.PropertyName:
                        frames[^1].Member = reader.GetString();
                        frames[^1].InValue = true;
                        break;
                    case JsonTokenType.String:
                        StartValue(frames);
                        // Transcoding finds lone surrogates in escapes, which the reader lets pass.
                        _ = reader.GetString();
                        EndValue(frames);
                        break;
                    default:
                        StartValue(frames);
                        EndValue(frames);
                        break;
                }
            }
            return null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return (PointerOf(frames), e.Message);
        }
    }

    private static void StartValue(List<Frame> frames)
    {
        if (frames.Count == 0 || !frames[^1].IsArray) return;
        frames[^1].Index++;
        frames[^1].InValue = true;
    }

    private static void EndValue(List<Frame> frames)
    {
        if (frames.Count > 0) frames[^1].InValue = false;
    }

    private static string PointerOf(List<Frame> frames)
    {
        var pointer = "";
        foreach (var frame in frames)
        {
            if (!frame.InValue) break;
            pointer = frame.IsArray ? JsonPointer.Append(pointer, frame.Index) : JsonPointer.Append(pointer, frame.Member!);
        }
        return pointer;
    }
}
