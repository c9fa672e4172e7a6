using LogLens.Core.Ingest.Formats.Generic;
using LogLens.Core.Ingest.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Ingest.Formats.LlamaFactory;

/// <summary>
/// LLaMA-Factory's YAML: training_args.yaml and llamaboard_config.yaml written by the WebUI, or the training
/// config a user keeps beside the output. Keys as written (nested mappings joined with '.'); numbers the WebUI
/// stores as strings ('3.0', '5e-5') are normalised like plain numbers ("3", "5e-05"); lists as ["a","b"].
/// </summary>
internal sealed class LlamaFactoryYamlReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly LlamaFactoryYamlReader Default = new();

    private LlamaFactoryYamlReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "llama-factory";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        if (YamlFile.LoadMapping(path, fragment, "arguments") is not YamlMappingNode root)
        {
            return;
        }

        ParamsYamlReader.Flatten(root, "", fragment, Text);
    }

    private static string Text(YamlNode node, bool nested) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted, Value: string v } when IsNumber(v, out double d) => ParamText.Number(d),
        YamlScalarNode scalar => YamlFile.ScalarText(scalar, nested),
        YamlSequenceNode sequence => "[" + string.Join(",", sequence.Children.Select(c => Text(c, nested: true))) + "]",
        YamlMappingNode map => "{" + string.Join(",", map.Children.Select(p => Text(p.Key, nested: true) + ":" + Text(p.Value, nested: true))) + "}",
        _ => ParamText.Null,
    };

    /// <summary>A quoted scalar holding a plain decimal number (not "nan" or "inf": those stay text when quoted).</summary>
    private static bool IsNumber(string text, out double value)
    {
        value = 0;
        return text.Length > 0 && text.Length < 40 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.')
            && text.Any(char.IsAsciiDigit) && FloatText.TryParse(text, out value) && double.IsFinite(value);
    }
}
