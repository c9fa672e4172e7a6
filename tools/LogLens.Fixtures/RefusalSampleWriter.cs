using System.Text;
using System.Text.Json;

namespace LogLens.Fixtures;

/// <summary>Writes samples.jsonl with the system fields (expect, refused) for the system and RAG scenarios.</summary>
internal static class RefusalSampleWriter
{
    /// <summary>One sample line's fields.</summary>
    public sealed record Line(string PromptId, int Sample, string Output, string? Slice = null, string? Expect = null, bool? Refused = null, bool? Correct = null);

    public static void Write(string dir, IEnumerable<Line> lines)
    {
        Directory.CreateDirectory(dir);
        using var stream = File.Create(Path.Combine(dir, "samples.jsonl"));
        foreach (Line line in lines)
        {
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("prompt_id", line.PromptId);
                json.WriteNumber("sample", line.Sample);
                json.WriteString("output", line.Output);
                if (line.Slice is not null) json.WriteString("slice", line.Slice);
                if (line.Expect is not null) json.WriteString("expect", line.Expect);
                if (line.Refused is bool refused) json.WriteBoolean("refused", refused);
                if (line.Correct is bool correct) json.WriteBoolean("correct", correct);
                json.WriteEndObject();
            }

            stream.Write(Encoding.UTF8.GetBytes("\n"));
        }
    }
}
