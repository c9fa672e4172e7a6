using LogLens.Core.Ingest.Formats.Generic;
using LogLens.Core.Ingest.Text;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// files/config.yaml: one entry per hyperparameter, <c>{value: ...}</c> (legacy clients: <c>{desc: ..., value: ...}</c>
/// under <c>wandb_version: 1</c>). Nested values are flattened with '.'; <c>_wandb</c> (telemetry) is skipped.
/// </summary>
internal sealed class WandbConfigYamlReader : IRunFileReader
{
    /// <summary>The file name W&amp;B writes.</summary>
    public const string FileName = "config.yaml";

    /// <summary>The instance.</summary>
    public static readonly WandbConfigYamlReader Default = new();

    private WandbConfigYamlReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "wandb";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        if (YamlFile.LoadMapping(path, fragment, "config entries") is not YamlMappingNode root)
        {
            return;
        }

        foreach ((YamlNode keyNode, YamlNode entry) in root.Children)
        {
            string key = keyNode is YamlScalarNode k ? k.Value ?? "" : "";
            if (key.Length == 0 || WandbConfig.IsTelemetry(key))
            {
                continue;
            }

            // {value: x} or {desc: ..., value: x}; anything else is taken as the value itself.
            YamlNode value = entry is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("value"), out YamlNode? v) ? v : entry;
            Set(fragment, key, value);
        }
    }

    private static void Set(RunFragment fragment, string key, YamlNode value)
    {
        if (value is YamlMappingNode mapping && mapping.Children.Count > 0)
        {
            foreach ((YamlNode k, YamlNode v) in mapping.Children)
            {
                Set(fragment, key + "." + (k is YamlScalarNode ks ? ks.Value ?? "" : Text(k, nested: true)), v);
            }
        }
        else
        {
            fragment.SetParam(key, Text(value, nested: false));
        }
    }

    private static string Text(YamlNode node, bool nested) => node switch
    {
        YamlScalarNode scalar => YamlFile.ScalarText(scalar, nested),
        YamlSequenceNode sequence => "[" + string.Join(",", sequence.Children.Select(c => Text(c, nested: true))) + "]",
        YamlMappingNode mapping => "{" + string.Join(",", mapping.Children.Select(p => Text(p.Key, nested: true) + ":" + Text(p.Value, nested: true))) + "}",
        _ => ParamText.Null,
    };
}
