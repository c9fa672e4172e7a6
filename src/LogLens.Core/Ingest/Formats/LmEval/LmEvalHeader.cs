using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LogLens.Core.Ingest.Formats.LmEval;

/// <summary>
/// What identifies an lm-evaluation-harness results file: the model it evaluated (model, model_args without the
/// checkpoint revision, few-shot count) and the checkpoint step, from <c>revision=stepN</c> or the file name.
/// </summary>
/// <param name="Identity">Model identity: files with equal identities and steps form one run's series.</param>
/// <param name="Step">The checkpoint's training step, when known.</param>
/// <param name="ModelArgs">model_args as key/value pairs (revision kept).</param>
internal sealed partial record LmEvalHeader(string Identity, long? Step, ImmutableSortedDictionary<string, string> ModelArgs)
{
    /// <summary>model_args that only say how the model was run (not what was evaluated): neither identity nor parameters.</summary>
    public static readonly FrozenSet<string> RuntimeArgs = new[]
    {
        "use_accelerate", "device_map_option", "device_map", "max_memory_per_gpu", "max_cpu_memory", "offload_folder",
        "device", "parallelize", "batch_size", "max_batch_size", "cache_dir", "use_fast_tokenizer", "trust_remote_code",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Largest results file sniffed during discovery.</summary>
    public const long MaxSniffBytes = 32L * 1024 * 1024;

    /// <summary>True for a JSON object with a <c>results</c> object and <c>versions</c>, <c>configs</c> or <c>config</c> beside it.</summary>
    public static bool IsResults(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("results", out JsonElement results) && results.ValueKind == JsonValueKind.Object
        && (root.TryGetProperty("versions", out _) || root.TryGetProperty("configs", out _) || root.TryGetProperty("config", out _));

    /// <summary>The header of a results document.</summary>
    public static LmEvalHeader Of(JsonElement root, string fileName)
    {
        JsonElement config = root.TryGetProperty("config", out JsonElement c) && c.ValueKind == JsonValueKind.Object ? c : default;
        ImmutableSortedDictionary<string, string> args = ModelArgsOf(config);
        long? step = args.TryGetValue("revision", out string? revision) ? StepOf(revision) : null;
        step ??= StepOf(Path.GetFileNameWithoutExtension(fileName));
        string model = config.ValueKind == JsonValueKind.Object && config.TryGetProperty("model", out JsonElement m) ? m.ToString() : "";
        string shots = config.ValueKind == JsonValueKind.Object && config.TryGetProperty("num_fewshot", out JsonElement f) ? f.ToString()
            : root.TryGetProperty("n-shot", out JsonElement n) ? n.GetRawText() : "";
        string identity = string.Join(";",
            [model, .. args.Where(a => a.Key != "revision" && !RuntimeArgs.Contains(a.Key)).Select(a => a.Key + "=" + a.Value), "shots=" + shots]);
        return new LmEvalHeader(identity, step, args);
    }

    /// <summary>model_args from a "k=v,k2=v2" string or an object.</summary>
    public static ImmutableSortedDictionary<string, string> ModelArgsOf(JsonElement config)
    {
        var args = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (config.ValueKind != JsonValueKind.Object || !config.TryGetProperty("model_args", out JsonElement value))
        {
            return args.ToImmutable();
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty p in value.EnumerateObject())
            {
                args[p.Name] = p.Value.ToString();
            }
        }
        else if (value.ValueKind == JsonValueKind.String)
        {
            foreach (string pair in (value.GetString() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                string[] kv = pair.Split('=', 2);
                args[kv[0]] = kv.Length == 2 ? kv[1] : "";
            }
        }

        return args.ToImmutable();
    }

    private static long? StepOf(string text)
    {
        Match match = StepPattern().Match(text);
        return match.Success ? long.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?:^|[^a-z])step[_-]?(\d{1,15})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StepPattern();
}
