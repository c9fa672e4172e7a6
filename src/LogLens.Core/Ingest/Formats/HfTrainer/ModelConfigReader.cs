using System.Text.Json;
using LogLens.Core.Ingest.Formats.Generic;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>
/// config.json (the model's configuration) as parameters prefixed "model.", adapter_config.json (PEFT) prefixed
/// "adapter.": the prefix keeps them apart from TrainingArguments names (a model's "dropout" is not the trainer's).
/// Nested objects are flattened with '.'; nulls, empty containers, label maps (id2label/label2id: replaced by
/// model.num_labels) and transformers_version are left out; string lists are sorted (PEFT saves target_modules
/// from a Python set, in arbitrary order, which would otherwise split identical configs).
/// </summary>
internal sealed class ModelConfigReader : IRunFileReader
{
    /// <summary>config.json → model.*.</summary>
    public static readonly ModelConfigReader Model = new("model.");

    /// <summary>adapter_config.json → adapter.*.</summary>
    public static readonly ModelConfigReader Adapter = new("adapter.");

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "id2label", "label2id", "transformers_version" };

    private readonly string prefix;

    private ModelConfigReader(string prefix) => this.prefix = prefix;

    /// <inheritdoc/>
    public string Format => "hf-trainer";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        using JsonDocument? document = JsonFile.LoadObject(path, fragment, "settings");
        if (document is null)
        {
            return;
        }

        if (document.RootElement.TryGetProperty("id2label", out JsonElement labels) && labels.ValueKind == JsonValueKind.Object)
        {
            fragment.SetParam(prefix + "num_labels", ParamText.Number(labels.EnumerateObject().Count()));
        }

        Flatten(document.RootElement, prefix, fragment, top: true);
    }

    private static void Flatten(JsonElement element, string prefix, RunFragment fragment, bool top)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            JsonElement value = property.Value;
            if ((top && Skipped.Contains(property.Name)) || value.ValueKind == JsonValueKind.Null
                || (value.ValueKind == JsonValueKind.Object && !value.EnumerateObject().Any())
                || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0))
            {
                continue;
            }

            string key = prefix + property.Name;
            if (value.ValueKind == JsonValueKind.Object)
            {
                Flatten(value, key + ".", fragment, top: false);
            }
            else if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
            {
                fragment.SetParam(key,
                    "[" + string.Join(",", value.EnumerateArray().Select(v => ParamText.Quoted(v.GetString()!)).Order(StringComparer.Ordinal)) + "]");
            }
            else
            {
                fragment.SetParam(key, ParamsJsonReader.Text(value, nested: false));
            }
        }
    }
}
