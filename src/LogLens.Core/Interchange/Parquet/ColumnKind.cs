namespace LogLens.Core.Interchange.Parquet;

/// <summary>What a table column holds; Parquet types are read leniently into it (see <see cref="ParquetColumnDecoder"/>).</summary>
internal enum ColumnKind
{
    /// <summary>Text: strings, or numbers and booleans as invariant text.</summary>
    Text,

    /// <summary>A number: any integer, float, double or decimal, or text that parses as one.</summary>
    Number,

    /// <summary>A boolean: bool, a number (non-zero is true) or "true"/"false" text.</summary>
    Flag,
}
