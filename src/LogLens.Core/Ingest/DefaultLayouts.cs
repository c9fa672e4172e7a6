using System.Collections.Immutable;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.Generic;
using LogLens.Core.Ingest.Formats.HfTrainer;
using LogLens.Core.Ingest.Formats.Lightning;
using LogLens.Core.Ingest.Formats.LlamaFactory;
using LogLens.Core.Ingest.Formats.LmEval;
using LogLens.Core.Ingest.Formats.Mlflow;
using LogLens.Core.Ingest.Formats.Optuna;
using LogLens.Core.Ingest.Formats.TensorBoard;
using LogLens.Core.Ingest.Formats.Wandb;
using LogLens.Core.Ingest.Formats.Yolo;
using LogLens.Core.Interchange.Parquet;

namespace LogLens.Core.Ingest;

/// <summary>
/// The formats discovery recognises when none are given, one line per layout, in the order they claim
/// files (docs/formats.md): specific formats first, the generic layout last.
/// </summary>
internal static class DefaultLayouts
{
    /// <summary>The default list.</summary>
    public static ImmutableArray<IRunLayout> All { get; } =
    [
        ParquetExportLayout.Default,
        WandbLayout.Default,
        MlflowLayout.Default,
        MlflowSqliteLayout.Default,
        LlamaFactoryLayout.Default,
        HfTrainerLayout.Default,
        LightningLayout.Default,
        YoloLayout.Default,
        TensorBoardLayout.Default,
        LmEvalLayout.Default,
        MlflowRunsCsvLayout.Default,
        OptunaTrialsLayout.Default,
        WandbExportLayout.Default,
        GenericLayout.Default,
    ];
}
