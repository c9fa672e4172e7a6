using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LogLens.Fixtures;

/// <summary>Writes samples.jsonl (one repeated-sample output per line) for the data and samples scenarios.</summary>
internal static class SampleWriter
{
    public sealed record Line(string PromptId, int Sample, string Output, bool? Correct = null, string? Slice = null, string? Expected = null);

    public static void Write(string dir, IEnumerable<Line> lines)
    {
        Directory.CreateDirectory(dir);
        var sb = new StringBuilder();
        foreach (Line l in lines)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{{\"prompt_id\": {JsonSerializer.Serialize(l.PromptId)}, \"sample\": {l.Sample}, \"output\": {JsonSerializer.Serialize(l.Output)}");
            if (l.Correct is bool c)
            {
                sb.Append(c ? ", \"correct\": true" : ", \"correct\": false");
            }

            if (l.Slice is not null)
            {
                sb.Append(", \"slice\": ").Append(JsonSerializer.Serialize(l.Slice));
            }

            if (l.Expected is not null)
            {
                sb.Append(", \"expected\": ").Append(JsonSerializer.Serialize(l.Expected));
            }

            sb.Append("}\n");
        }

        File.WriteAllText(Path.Combine(dir, "samples.jsonl"), sb.ToString());
    }
}
