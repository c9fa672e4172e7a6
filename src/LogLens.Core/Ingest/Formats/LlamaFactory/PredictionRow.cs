using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LogLens.Core.Ingest.Text;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Formats.LlamaFactory;

/// <summary>
/// Parses one generated_predictions.jsonl line: {"prompt","predict","label"} becomes a sample (output = predict,
/// expected = label). The prompt id is the prompt itself when short and on one line, else "sha256:" and the first
/// 16 hex digits of its UTF-8 hash; repeated prompts get sample indexes 0, 1, 2... Reward-model lines
/// ({"chosen","rejected"}) are not generations: they are counted and reported once by <see cref="Finish"/>.
/// </summary>
internal sealed class PredictionRow(string path, RunFragment fragment)
{
    public const int MaxPromptIdLength = 64;

    private readonly Dictionary<string, int> nextIndex = new(StringComparer.Ordinal);
    private int pairs;

    public string? Parse(ReadOnlySpan<byte> json, long line)
    {
        var reader = new Utf8JsonReader(json, JsonLines.ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return "not a JSON object";
        }

        string? prompt = null, predict = null, label = null;
        bool pair = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string field = reader.GetString()!;
            reader.Read();
            switch (field)
            {
                case "prompt": prompt = JsonValues.Text(ref reader); break;
                case "predict": predict = JsonValues.Text(ref reader); break;
                case "label": label = JsonValues.Text(ref reader); break;
                case "chosen" or "rejected": pair = true; reader.Skip(); break;
                default: reader.Skip(); break;
            }
        }

        reader.Read();
        if (predict is null)
        {
            if (pair)
            {
                pairs++;
            }
            else
            {
                fragment.Report(IngestCodes.UnreadableFile, path, line, "no \"predict\" text; line skipped");
            }

            return null;
        }

        string id = PromptId(prompt ?? "");
        int index = nextIndex.GetValueOrDefault(id);
        nextIndex[id] = index + 1;
        fragment.AddSample(new Sample(id, index, predict, Expected: label));
        return null;
    }

    public void Finish()
    {
        if (pairs > 0)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, null, $"{pairs} reward-model lines (chosen/rejected) are not generations; skipped");
        }
    }

    public static string PromptId(string prompt) =>
        prompt.Length <= MaxPromptIdLength && !prompt.Contains('\n', StringComparison.Ordinal)
            ? prompt
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(prompt)))[..16];
}
