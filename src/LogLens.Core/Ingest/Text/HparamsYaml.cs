using LogLens.Core.Ingest.Formats;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Ingest.Text;

/// <summary>
/// Lightning's <c>hparams.yaml</c> (written by PyYAML from <c>save_hyperparameters</c>, beside a CSVLogger's
/// metrics.csv or a TensorBoardLogger's event files): nested keys flattened with '.', scalars typed like the generic
/// params.yaml, Python tags (<c>!!python/tuple</c>, <c>!!python/object...</c>, <c>!!python/name:...</c>) kept as text
/// rather than failing (see <see cref="PythonTagText"/>); <c>{}</c> is no params.
/// </summary>
internal static class HparamsYaml
{
    /// <summary>YAML nodes read per file at most: aliases can make a few lines expand exponentially.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>Reads <paramref name="path"/>'s parameters into <paramref name="fragment"/>, or reports why it could not.</summary>
    public static void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        if (YamlFile.LoadMapping(path, fragment, "hyperparameters", " (rewritten while the run is live?)") is not YamlMappingNode root)
        {
            return;
        }

        int budget = MaxNodes;
        Flatten(root, "", fragment, ref budget);
        if (budget < 0)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, null, $"more than {MaxNodes} values (YAML aliases expanding?); the rest skipped");
        }
    }

    private static void Flatten(YamlMappingNode mapping, string prefix, RunFragment fragment, ref int budget)
    {
        foreach ((YamlNode keyNode, YamlNode valueNode) in mapping.Children)
        {
            if (budget < 0)
            {
                return;
            }

            string key = prefix + (keyNode is YamlScalarNode { Value: string k } ? k : PythonTagText.Of(keyNode, nested: true, ref budget));
            if (valueNode is YamlMappingNode child && child.Children.Count > 0 && PythonTagText.IsAttributes(child))
            {
                Flatten(child, key + ".", fragment, ref budget);
            }
            else
            {
                string value = PythonTagText.Of(valueNode, nested: false, ref budget);
                if (budget >= 0)
                {
                    fragment.SetParam(key, value);
                }
            }
        }
    }
}
