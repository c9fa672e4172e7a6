using System.Text.Json;
using LogLens.Core.Ingest.Formats.Wandb.Proto;

namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>Config records of a .wandb file as parameters: values are JSON text, objects flattened with '.'; <c>_wandb</c> is telemetry.</summary>
internal static class WandbConfig
{
    public const string Telemetry = "_wandb";

    public static bool IsTelemetry(string key) =>
        key == Telemetry || key.StartsWith(Telemetry + ".", StringComparison.Ordinal) || key == "wandb_version";

    public static void Apply(ConfigRecord? record, RunFragment fragment)
    {
        if (record is null)
        {
            return;
        }

        foreach (ConfigItem item in record.Update)
        {
            string key = WandbValues.Key(item.Key, item.NestedKey);
            if (key.Length == 0 || IsTelemetry(key))
            {
                continue;
            }

            using JsonDocument? document = WandbValues.Parse(item.ValueJson);
            if (document is null)
            {
                fragment.SetParam(key, item.ValueJson);
            }
            else
            {
                WandbValues.SetParams(fragment, key, document.RootElement);
            }
        }
    }
}
