namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>One metric of one run in <see cref="MlflowSqliteContents"/>: a slice of its columns, one point per step.</summary>
/// <param name="Key">The metric key.</param>
/// <param name="Start">First point in the columns.</param>
/// <param name="Count">Points (steps).</param>
/// <param name="Repeated">Steps logged more than once with different values.</param>
/// <param name="FirstRepeated">The first such step.</param>
internal readonly record struct MlflowSqliteSeries(string Key, int Start, int Count, int Repeated, long FirstRepeated);
