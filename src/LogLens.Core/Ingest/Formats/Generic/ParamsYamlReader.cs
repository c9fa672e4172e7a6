using LogLens.Core.Ingest.Text;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Ingest.Formats.Generic;

/// <summary>
/// params.yaml / params.yml: like <see cref="ParamsJsonReader"/>; plain scalars are typed by the YAML 1.2 core
/// schema so that <c>lr: 1e-5</c> and <c>"lr": 0.00001</c> give the same text ("1E-05").
/// </summary>
internal sealed class ParamsYamlReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly ParamsYamlReader Default = new();

    private ParamsYamlReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "generic";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        if (YamlFile.LoadMapping(path, fragment, "parameters") is not YamlMappingNode root)
        {
            return;
        }

        Flatten(root, "", fragment, Text);
    }

    /// <summary>
    /// Sets every leaf of <paramref name="mapping"/> as a parameter, nested keys joined with '.', values by <paramref name="text"/> (node, nested).
    /// </summary>
    internal static void Flatten(YamlMappingNode mapping, string prefix, RunFragment fragment, Func<YamlNode, bool, string> text)
    {
        foreach ((YamlNode keyNode, YamlNode valueNode) in mapping.Children)
        {
            string key = prefix + (keyNode is YamlScalarNode k ? k.Value ?? "" : text(keyNode, true));
            if (valueNode is YamlMappingNode child && child.Children.Count > 0)
            {
                Flatten(child, key + ".", fragment, text);
            }
            else
            {
                fragment.SetParam(key, text(valueNode, false));
            }
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
