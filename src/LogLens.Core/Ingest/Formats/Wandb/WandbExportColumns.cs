using CsvHelper;
using LogLens.Core.Ingest.Csv;

namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// The header of a W&amp;B "export panel data" CSV: the x axis first, then per run and metric
/// <c>"&lt;run&gt; - &lt;metric&gt;"</c>, <c>"... __MIN"</c>, <c>"... __MAX"</c>. Run names may contain " - ": the last one splits.
/// </summary>
internal static class WandbExportColumns
{
    public const string Separator = " - ";

    /// <summary>True for the smoothing/sampling bound columns, which are not the logged values.</summary>
    public static bool IsBound(string header) =>
        header.EndsWith("__MIN", StringComparison.Ordinal) || header.EndsWith("__MAX", StringComparison.Ordinal);

    /// <summary>The run and metric of a value column; false for the x axis and bound columns.</summary>
    public static bool TrySplit(string header, out string run, out string metric)
    {
        int cut = header.LastIndexOf(Separator, StringComparison.Ordinal);
        run = cut > 0 ? header[..cut] : "";
        metric = cut > 0 ? header[(cut + Separator.Length)..] : "";
        return cut > 0 && metric.Length > 0 && !IsBound(header);
    }

    /// <summary>The headers of a CSV that looks like a panel export (a __MIN or __MAX column), else null. Never throws.</summary>
    public static IReadOnlyList<string>? Read(string path)
    {
        try
        {
            if (new FileInfo(path).Length == 0)
            {
                return null;
            }

            using CsvReader reader = CsvReader.FromFile(path, CsvOptions.Default);
            IReadOnlyList<string> headers = reader.Headers;
            return headers.Count > 1 && headers.Any(IsBound) ? [.. headers] : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvFormatException or InvalidDataException)
        {
            return null;
        }
    }
}
