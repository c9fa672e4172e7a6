using System.Text;

namespace LogLens.Core.Findings;

/// <summary>What a finding is about. Only the fields that apply are set; <see cref="Key"/> makes the stable id.</summary>
public sealed record Subject(
    string? Run = null,
    string? Config = null,
    string? Metric = null,
    string? Dataset = null,
    string? Slice = null,
    string? Prompt = null,
    string? Path = null,
    string? Scope = null)
{
    /// <summary>The fields that are set, in a fixed order, for ids and JSON.</summary>
    public IEnumerable<KeyValuePair<string, string>> Fields()
    {
        if (Run is not null) yield return new("run", Run);
        if (Config is not null) yield return new("config", Config);
        if (Metric is not null) yield return new("metric", Metric);
        if (Dataset is not null) yield return new("dataset", Dataset);
        if (Slice is not null) yield return new("slice", Slice);
        if (Prompt is not null) yield return new("prompt", Prompt);
        if (Path is not null) yield return new("path", Path);
        if (Scope is not null) yield return new("scope", Scope);
    }

    /// <summary>"metric=eval/accuracy;dataset=digits": stable across re-runs on the same logs.</summary>
    public string Key
    {
        get
        {
            var sb = new StringBuilder();
            foreach ((string k, string v) in Fields())
            {
                sb.Append(sb.Length == 0 ? string.Empty : ";").Append(k).Append('=').Append(v);
            }

            return sb.ToString();
        }
    }
}
