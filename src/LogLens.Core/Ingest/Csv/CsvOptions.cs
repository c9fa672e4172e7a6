using System.Globalization;
using CsvHelper;

namespace LogLens.Core.Ingest.Csv;

/// <summary>How the CSV readers of every format (metrics.csv, scores.csv, W&amp;B exports) parse with CsvHelper.</summary>
internal static class CsvOptions
{
    /// <summary>Comma-separated, invariant culture, line numbers tracked, no line breaks in quotes, records up to 16 MiB.</summary>
    public static readonly CsvReaderOptions Default = CsvReaderOptions.Default with
    {
        Separator = ',',
        FormatProvider = CultureInfo.InvariantCulture,
        TrackLineNumbers = true,
        AllowLineBreaksInQuotes = false,
        MaxRecordSize = 16 * 1024 * 1024,
    };
}
