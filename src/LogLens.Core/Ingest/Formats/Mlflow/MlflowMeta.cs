using System.Collections.Immutable;
using LogLens.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// The top-level scalars of an MLflow <c>meta.yaml</c> (experiment or run), loaded leniently: a missing, empty,
/// oversized or malformed file gives an empty <see cref="Fields"/> and a <see cref="Problem"/> instead of an exception.
/// </summary>
internal sealed record MlflowMeta(ImmutableDictionary<string, string?> Fields, string? Problem)
{
    public const string FileName = "meta.yaml";

    private const long MaxBytes = 1024 * 1024;

    /// <summary>A run: MLflow writes <c>run_uuid</c> into every run's meta.yaml (registry versions have only run_id).</summary>
    public bool IsRun => Fields.ContainsKey("run_uuid");

    /// <summary>
    /// Fields only a run's meta.yaml has (<c>artifact_uri</c>, <c>start_time</c>; an experiment's has artifact_location and
    /// creation_time): older MLflow 2.x run files may lack run_uuid but still have these.
    /// </summary>
    public bool HasRunFields => Fields.ContainsKey("artifact_uri") || Fields.ContainsKey("start_time");

    /// <summary>An experiment: <c>experiment_id</c> and <c>lifecycle_stage</c>, and not a run.</summary>
    public bool IsExperiment => !IsRun && !HasRunFields && Fields.ContainsKey("experiment_id") && Fields.ContainsKey("lifecycle_stage");

    /// <summary><c>lifecycle_stage: deleted</c> (missing means active).</summary>
    public bool IsDeleted => string.Equals(this["lifecycle_stage"], "deleted", StringComparison.OrdinalIgnoreCase);

    /// <summary>A field's text, null when missing or null.</summary>
    public string? this[string key] => Fields.GetValueOrDefault(key);

    /// <summary>Loads <paramref name="path"/>; never throws.</summary>
    public static MlflowMeta Load(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Failed("meta.yaml is missing");
            }

            if (info.Length > MaxBytes)
            {
                return Failed("meta.yaml is larger than 1 MiB");
            }

            if (!YamlLoader.TryLoad(path, out YamlNode? root, out _, out string? error))
            {
                return Failed("meta.yaml is not valid YAML (" + error + ")");
            }

            if (root is null or YamlScalarNode { Value: null or "" })
            {
                return Failed("meta.yaml is empty (rewritten while the run is live?)");
            }

            if (root is not YamlMappingNode mapping)
            {
                return Failed("meta.yaml is not a mapping");
            }

            var fields = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            foreach ((YamlNode key, YamlNode value) in mapping.Children)
            {
                if (key is YamlScalarNode { Value: string name } && value is YamlScalarNode scalar)
                {
                    fields[name] = scalar.Value is null or "" or "null" or "~" && scalar.Style is YamlDotNet.Core.ScalarStyle.Plain ? null : scalar.Value;
                }
            }

            return new MlflowMeta(fields.ToImmutable(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed("meta.yaml could not be read (" + e.Message + ")");
        }
    }

    private static MlflowMeta Failed(string problem) => new(ImmutableDictionary<string, string?>.Empty, problem);
}
