namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>What a store holds for one run: params and kept tags in table order, metric series as slices of the shared columns.</summary>
internal sealed class MlflowSqliteRunData
{
    public List<(string Key, string Value)> Params { get; } = [];

    public List<(string Key, string Value)> Tags { get; } = [];

    public List<MlflowSqliteSeries> Series { get; } = [];
}
