using LogLens.Core.Configuration;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Ingest.Formats.Lightning;

/// <summary>
/// Lightning's <c>hparams.yaml</c> (written by PyYAML from <c>save_hyperparameters</c>): nested keys flattened with
/// '.', scalars typed like the generic params.yaml, Python tags (<c>!!python/tuple</c>, <c>!!python/object...</c>,
/// <c>!!python/name:...</c>) kept as text rather than failing (see <see cref="PythonTagText"/>); <c>{}</c> is no params.
/// </summary>
public sealed class LightningHparamsReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly LightningHparamsReader Default = new();

    private LightningHparamsReader()
    {
    }

    /// <inheritdoc/>
    public string Format => LightningMetricsReader.Default.Format;

    /// <inheritdoc/>
    public bool CanRead(string fileName) => fileName == "hparams.yaml";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        if (!YamlLoader.TryLoad(path, out YamlNode? node, out long? line, out string? error))
        {
            fragment.Report(IngestCodes.UnreadableFile, path, line, "not valid YAML (" + error + "); file skipped (rewritten while the run is live?)");
            return;
        }

        if (node is null or YamlScalarNode { Value: null or "" })
        {
            fragment.Report(IngestCodes.PartialFile, path, null, "file is empty (still being written?); nothing read");
            return;
        }

        if (node is not YamlMappingNode root)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, node.Start.Line, "expected a mapping of hyperparameters; file skipped");
            return;
        }

        Flatten(root, "", fragment);
    }

    private static void Flatten(YamlMappingNode mapping, string prefix, RunFragment fragment)
    {
        foreach ((YamlNode keyNode, YamlNode valueNode) in mapping.Children)
        {
            string key = prefix + (keyNode is YamlScalarNode { Value: string k } ? k : PythonTagText.Of(keyNode, nested: true));
            if (valueNode is YamlMappingNode child && child.Children.Count > 0 && PythonTagText.IsAttributes(child))
            {
                Flatten(child, key + ".", fragment);
            }
            else
            {
                fragment.SetParam(key, PythonTagText.Of(valueNode, nested: false));
            }
        }
    }
}
