using LogLens.Core.Ingest.Formats.Generic;


namespace LogLens.Core.Ingest.Formats.Yolo;

/// <summary>YOLOv5's <c>opt.yaml</c> and <c>hyp.yaml</c>, Ultralytics' <c>args.yaml</c>: flat YAML mappings of parameters.</summary>
internal sealed class YoloParamsReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly YoloParamsReader Default = new();

    private YoloParamsReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "yolo";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment) => ParamsYamlReader.Default.Read(path, fragment);
}
