using System.Text.Json;
using LogLens.Core.Ingest.Formats.Generic;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.TensorBoard;

/// <summary>
/// The HF Trainer's <c>args/text_summary</c>: <c>TrainingArguments.to_json_string()</c> logged as text. Its keys
/// become parameters (nested objects flattened with '.'), values in the generic params readers' text forms.
/// </summary>
internal static class ArgsTextParams
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>Sets the parameters; returns null, or why the text is not a JSON object.</summary>
    public static string? Read(ReadOnlySpan<byte> json, RunFragment fragment)
    {
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            return "not valid UTF-8 text";
        }

        byte[] bytes = json.ToArray();
        if (NamedLiterals.MayContain(bytes))
        {
            var quoted = new byte[NamedLiterals.MaxOutputLength(bytes.Length)];
            bytes = quoted[..NamedLiterals.Quote(bytes, quoted)];
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(bytes, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "not a JSON object";
            }

            Flatten(document.RootElement, "", fragment);
            return null;
        }
        catch (JsonException e)
        {
            return "not valid JSON: " + JsonFile.FirstSentence(e.Message);
        }
    }

    private static void Flatten(JsonElement element, string prefix, RunFragment fragment)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            string key = prefix + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.EnumerateObject().Any())
            {
                Flatten(property.Value, key + ".", fragment);
            }
            else
            {
                fragment.SetParam(key, ParamsJsonReader.Text(property.Value, nested: false));
            }
        }
    }
}
