using System.Diagnostics;
using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Cache;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Mlflow;

/// <summary>
/// The MLflow SQLite store reader on the real stores and on stores these tests write. Every ingest goes through
/// <see cref="Ingest"/>, which checks that the folder is byte-identical afterwards (names, sizes, hashes, mtimes).
/// </summary>
public sealed class MlflowSqliteReaderTests
{
    private const string A = "aaaaaaaa000000000000000000000001";
    private const string B = "bbbbbbbb000000000000000000000002";
    private const string C = "cccccccc000000000000000000000003";

    // ----- the real stores -----

    [SkippableFact]
    public void The_cifar10_store_keeps_the_running_and_finished_runs_reports_the_failed_empty_one_and_the_repeated_step_zero()
    {
        IngestResult result = Ingest(RealLogs.Require("mlflow-sqlite", "Adarshh9__cifar10-production-ml"));
        Assert.Equal(["mlflow.db@cifar10_production/resnet18_cifar10_epoch50~bc2734cc", "mlflow.db@cifar10_production/resnet18_cifar10_epoch50~f8caa54f"], Ids(result));
        Assert.Equal(["FINISHED", "RUNNING"], result.Runs.Select(r => r.Status));
        Assert.All(result.Runs, r => Assert.Equal("cifar10_production", r.Study));
        Assert.Equal(50, Longest(result));
        Assert.Equal(0.61050763669647745, result.Runs[0].FindSeries("val_loss")!.Values[0]); // the later of step 0's two rows
        Assert.Equal(["LL002", "LL002", "LL005", "LL005"], result.Diagnostics.Select(d => d.Code));
        Assert.StartsWith("1 FAILED run(s) that logged no metric skipped", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("run f8caa54f3f3b4eb3802f0c88de586d1f (resnet18_cifar10_epoch50) is in progress", result.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("run bc2734cc1a9242b69257c3243fe95b83, metric 'val_accuracy': 1 step(s)", result.Diagnostics[2].Message, StringComparison.Ordinal);
        Assert.StartsWith("run bc2734cc1a9242b69257c3243fe95b83, metric 'val_loss': 1 step(s)", result.Diagnostics[3].Message, StringComparison.Ordinal);
        Assert.Contains("531949bfbfb94dad914bf3dbe32a91ac (resnet18_cifar10_epoch50)", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.All(result.Diagnostics, d => Assert.Equal("mlflow.db", d.Path));
    }

    [SkippableFact]
    public void The_medprompt_store_gives_17_runs_in_three_experiment_studies_with_54_point_train_histories()
    {
        IngestResult result = Ingest(RealLogs.Require("mlflow-sqlite", "Darji23__CMPE258-DL-Final-Project"));
        Assert.Equal(17, result.Runs.Length);
        Assert.Equal(["medprompt_ablation=15", "medprompt_preprocessing=1", "medprompt_training=1"], Studies(result));
        Assert.All(result.Runs, r => Assert.Equal("FINISHED", r.Status));
        Assert.Equal(54, Longest(result));
        Run distilbert = result.Runs.Single(r => r.Id == "outputs/mlflow.db@medprompt_training/distilbert_lr3e-05_ep3");
        Assert.Equal(54, distilbert.FindSeries("train/loss")!.Count);
        Assert.Contains(distilbert.Series, s => s.Name.EndsWith("f1_Consult_-_History_and_Phy.", StringComparison.Ordinal));
        Assert.Empty(result.Diagnostics);
    }

    [SkippableFact]
    public void The_superconductors_store_gives_four_searches_of_ten_trials_each_in_their_own_study_with_the_parents_apart()
    {
        IngestResult result = Ingest(RealLogs.Require("mlflow-sqlite", "Youssof-Essam__Superconductors"));
        Assert.Equal(44, result.Runs.Length);
        string[] studies = Studies(result);
        Assert.Equal(8, studies.Length);
        Assert.Equal(4, studies.Count(s => s.StartsWith("Superconductivity_Production_Run/CV_SVR_PCA_Optimization~", StringComparison.Ordinal) && s.EndsWith("/parent=1", StringComparison.Ordinal)));
        Assert.Equal(4, studies.Count(s => s.EndsWith("=10", StringComparison.Ordinal)));
        Run trial = result.Runs.Single(r => r.Id == "mlflow_data/mlflow.db@Superconductivity_Production_Run/CV_SVR_PCA_Optimization~a3bbe820/Trial_0");
        Assert.Equal("Superconductivity_Production_Run/CV_SVR_PCA_Optimization~a3bbe820", trial.Study);
        Assert.Equal(("poly", "18.099542974540178"), (trial.Params["svr_kernel"], trial.Params["svr_c"]));
        Assert.Equal(1, Longest(result));
        Assert.All(result.Runs, r => Assert.Equal("FINISHED", r.Status));
        Assert.Empty(result.Diagnostics);
    }

    [SkippableFact]
    public void The_lab7_store_keeps_the_partial_failed_runs_and_reports_the_two_empty_failures()
    {
        IngestResult result = Ingest(RealLogs.Require("mlflow-sqlite", "mikolaj-olesinski__Deep-Neural-Networks-PWR"));
        Assert.Equal(6, result.Runs.Length);
        Assert.Equal(["FAILED=2", "FINISHED=4"], result.Runs.GroupBy(r => r.Status).Select(g => g.Key + "=" + g.Count()).Order(StringComparer.Ordinal));
        Assert.Equal([4, 6], result.Runs.Where(r => r.Status == "FAILED").Select(r => r.FindSeries("val_loss")!.Count).Order());
        Assert.Equal(30, Longest(result));
        Assert.Equal(["lab7_deep_neural_networks=6"], Studies(result));
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", "mlflow_data/mlflow.db"), (d.Code, d.Path));
        Assert.Contains("2 FAILED run(s) that logged no metric skipped", d.Message, StringComparison.Ordinal);
        Assert.Contains("40ff880f3f3844b9bc94c332dd36e597 (frozen)", d.Message, StringComparison.Ordinal);
        Assert.Contains("816262851f504179bff405810b03dcb7 (frozen)", d.Message, StringComparison.Ordinal);
    }

    // ----- what a run holds -----

    [Fact]
    public void Params_kept_tags_status_and_experiment_become_parameters_all_fed_by_the_store_file()
    {
        using var dir = new TempFolder();
        MlflowDbWriter.Create(dir, "mlflow.db", db => db.Experiment(1, "exp").Run(A, 1, "alpha").Param(A, "lr", "0.001")
            .Tag(A, "mlflow.user", "me").Tag(A, "mlflow.source.git.commit", "abc123").Metrics(A, "loss", 1.0, 0.5));
        Run run = Assert.Single(Ingest(dir.Path).Runs);
        Assert.Equal("mlflow.db@exp/alpha", run.Id);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["lr"] = "0.001", ["mlflow.experiment"] = "exp", ["mlflow.runName"] = "alpha", ["mlflow.source.git.commit"] = "abc123", ["mlflow.status"] = "FINISHED",
            },
            run.Params);
        RunSource source = Assert.Single(run.Sources);
        Assert.Equal(("mlflow.db", "mlflow-sqlite"), (source.Path, source.Format));
        Assert.Equal(["loss"], source.Metrics.ToArray());
        Assert.Contains("lr", source.Params);
    }

    [Fact]
    public void Full_histories_come_from_metrics_not_latest_metrics_with_nan_flags_and_infinities_restored()
    {
        using var dir = new TempFolder();
        MlflowDbWriter.Create(dir, "mlflow.db", db => db.Experiment(1, "exp").Run(A, 1, "a")
            .Metric(A, "loss", 2.0, 0).Metric(A, "loss", 123.0, 1, nan: true).Metric(A, "loss", double.MaxValue, 2).Metric(A, "loss", double.MinValue, 3).Metric(A, "loss", 0.5, 4)
            .Sql("INSERT INTO latest_metrics VALUES ('loss', 9.0, 1, 99, 0, $0)", A));
        MetricSeries loss = Assert.Single(Ingest(dir.Path).Runs).FindSeries("loss")!;
        Assert.Equal([0.0, 1, 2, 3, 4], loss.Steps);
        Assert.Equal([2.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.5], loss.Values);
    }

    [Fact]
    public void Several_values_at_one_step_keep_the_last_by_timestamp_and_report_LL005()
    {
        using var dir = new TempFolder();
        MlflowDbWriter.Create(dir, "mlflow.db", db => db.Experiment(1, "exp").Run(A, 1, "a")
            .Metric(A, "acc", 0.7, 1, timestamp: 30).Metric(A, "acc", 0.5, 0, timestamp: 10).Metric(A, "acc", 0.6, 0, timestamp: 20).Metric(A, "acc", 0.7, 1, timestamp: 31));
        IngestResult result = Ingest(dir.Path);
        Assert.Equal([0.6, 0.7], result.Runs.Single().FindSeries("acc")!.Values);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL005", "mlflow.db"), (d.Code, d.Path));
        Assert.Contains("metric 'acc': 1 step(s) logged more than once with different values, first step 0", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleted_runs_and_deleted_experiments_are_skipped_and_reported_by_name()
    {
        using var dir = new TempFolder();
        MlflowDbWriter.Create(dir, "mlflow.db", db => db.Experiment(1, "live").Experiment(2, "binned", stage: "deleted")
            .Run(A, 1, "kept").Metrics(A, "loss", 1.0).Run(B, 1, "gone", stage: "deleted").Metrics(B, "loss", 1.0).Run(C, 2, "in-binned").Metrics(C, "loss", 1.0));
        IngestResult result = Ingest(dir.Path);
        Assert.Equal(["mlflow.db@live/kept"], Ids(result));
        Assert.Equal(
            [$"experiment 'binned' is deleted (lifecycle_stage: deleted): its 1 run(s) skipped: {C} (in-binned)",
             $"experiment 'live': 1 deleted run(s) skipped (lifecycle_stage: deleted): {B} (gone)"],
            result.Diagnostics.Select(d => d.Message).Order(StringComparer.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal(("LL002", "mlflow.db"), (d.Code, d.Path)));
    }

    [Fact]
    public void Statuses_are_carried_a_failed_run_with_metrics_is_read_and_one_without_is_reported()
    {
        using var dir = new TempFolder();
        MlflowDbWriter.Create(dir, "mlflow.db", db => db.Experiment(1, "exp")
            .Run(A, 1, "killed", status: "KILLED").Metrics(A, "loss", 1.0)
            .Run(B, 1, "partial", status: "FAILED").Metrics(B, "loss", 1.0, 0.9)
            .Run(C, 1, "empty", status: "FAILED").Param(C, "lr", "1"));
        IngestResult result = Ingest(dir.Path);
        Assert.Equal([("mlflow.db@exp/killed", "KILLED"), ("mlflow.db@exp/partial", "FAILED")], result.Runs.Select(r => (r.Id, r.Status)));
        Assert.Equal($"1 FAILED run(s) that logged no metric skipped (they failed before training reported anything): {C} (empty)", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Nested_runs_are_studied_per_parent_and_the_parent_in_a_study_of_its_own()
    {
        using var dir = new TempFolder();
        MlflowDbWriter.Create(dir, "mlflow.db", db => db.Experiment(1, "hpo")
            .Run(A, 1, "search").Metrics(A, "best", 0.9)
            .Run(B, 1, "Trial_0", parent: A).Metrics(B, "score", 0.8)
            .Run(C, 1, "Trial_1", parent: A).Metrics(C, "score", 0.9));
        IngestResult result = Ingest(dir.Path);
        Assert.Equal(
            [("mlflow.db@hpo/search", "hpo/search/parent"), ("mlflow.db@hpo/search/Trial_0", "hpo/search"), ("mlflow.db@hpo/search/Trial_1", "hpo/search")],
            result.Runs.Select(r => (r.Id, r.Study)));
        Assert.Equal(A, result.Runs[1].Params["mlflow.parentRunId"]);
    }

    [Fact]
    public void Repeated_run_names_get_a_short_uuid_and_a_run_without_a_name_is_its_uuid()
    {
        using var dir = new TempFolder();
        MlflowDbWriter.Create(dir, "mlflow.db", db => db.Experiment(1, "exp")
            .Run(A, 1, "retry").Metrics(A, "loss", 1.0).Run(B, 1, "retry").Metrics(B, "loss", 1.0).Run(C, 1, null).Metrics(C, "loss", 1.0));
        Assert.Equal(["mlflow.db@exp/cccccccc000000000000000000000003", "mlflow.db@exp/retry~aaaaaaaa", "mlflow.db@exp/retry~bbbbbbbb"], Ids(Ingest(dir.Path)));
    }

    // ----- finding stores -----

    [Fact]
    public void A_store_is_found_by_content_whatever_its_name()
    {
        using var dir = new TempFolder();
        MlflowDbWriter.Create(dir, "a/tracking.sqlite3", db => db.Experiment(1, "exp").Run(A, 1, "r").Metrics(A, "loss", 1.0));
        MlflowDbWriter.Create(dir, "b/runs", db => db.Experiment(1, "exp").Run(B, 1, "r").Metrics(B, "loss", 1.0));
        Assert.Equal(["a/tracking.sqlite3@exp/r", "b/runs@exp/r"], Ids(Ingest(dir.Path)));
    }

    [Fact]
    public void Another_sqlite_database_is_left_alone()
    {
        using var dir = new TempFolder();
        MlflowDbWriter.Create(dir, "app.db", db => db.Sql("INSERT INTO experiments VALUES (1, 'x', '', 'active', 0, 0)"),
            schema: "CREATE TABLE users (id INTEGER, name TEXT); CREATE TABLE experiments (experiment_id INTEGER, name TEXT, a TEXT, b TEXT, c INT, d INT);");
        IngestResult result = Ingest(dir.Path);
        Assert.Empty(result.Runs);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_sqlite_file_named_like_a_store_without_mlflow_tables_is_reported()
    {
        using var dir = new TempFolder();
        MlflowDbWriter.Create(dir, "mlflow.db", _ => { }, schema: "CREATE TABLE users (id INTEGER, name TEXT); INSERT INTO users VALUES (1, 'a');");
        Diagnostic d = Assert.Single(Ingest(dir.Path).Diagnostics);
        Assert.Equal(("LL001", "mlflow.db"), (d.Code, d.Path));
        Assert.Contains("without MLflow's tables", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_missing_a_table_is_reported_as_a_wrong_schema()
    {
        using var dir = new TempFolder();
        MlflowDbWriter.Create(dir, "mlflow.db", _ => { }, schema: "CREATE TABLE alembic_version (version_num TEXT); CREATE TABLE experiments (experiment_id INTEGER, name TEXT); CREATE TABLE runs (run_uuid TEXT);");
        Diagnostic d = Assert.Single(Ingest(dir.Path).Diagnostics);
        Assert.Equal(("LL001", "mlflow.db"), (d.Code, d.Path));
        Assert.Contains("table(s) metrics, params, tags missing", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_whose_metrics_table_lacks_a_needed_column_is_reported_as_a_wrong_schema()
    {
        using var dir = new TempFolder();
        string schema = MlflowDbWriter.Schema.Replace("value FLOAT NOT NULL, timestamp BIGINT NOT NULL, run_uuid VARCHAR(32) NOT NULL,\n    step", "val FLOAT NOT NULL, timestamp BIGINT NOT NULL, run_uuid VARCHAR(32) NOT NULL,\n    step", StringComparison.Ordinal)
            .Replace("PRIMARY KEY (\"key\", timestamp, step, run_uuid, value, is_nan)", "PRIMARY KEY (\"key\", timestamp, step, run_uuid, is_nan)", StringComparison.Ordinal);
        Assert.NotEqual(MlflowDbWriter.Schema, schema);
        MlflowDbWriter.Create(dir, "mlflow.db", db => db.Experiment(1, "exp"), schema);
        Diagnostic d = Assert.Single(Ingest(dir.Path).Diagnostics);
        Assert.Equal(("LL001", "mlflow.db"), (d.Code, d.Path));
        Assert.Contains("without the column(s) metrics.value", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_schema_without_run_names_steps_or_nan_flags_is_read_at_step_zero()
    {
        using var dir = new TempFolder();
        const string Old = """
            CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL); INSERT INTO alembic_version VALUES ('ff01da956556');
            CREATE TABLE experiments (experiment_id INTEGER NOT NULL, name VARCHAR(256) NOT NULL, artifact_location VARCHAR(256));
            CREATE TABLE runs (run_uuid VARCHAR(32) NOT NULL, status VARCHAR(20), start_time BIGINT, experiment_id INTEGER);
            CREATE TABLE metrics ("key" VARCHAR(250) NOT NULL, value FLOAT NOT NULL, timestamp BIGINT NOT NULL, run_uuid VARCHAR(32) NOT NULL);
            CREATE TABLE params ("key" VARCHAR(250) NOT NULL, value VARCHAR(250) NOT NULL, run_uuid VARCHAR(32) NOT NULL);
            CREATE TABLE tags ("key" VARCHAR(250) NOT NULL, value VARCHAR(250), run_uuid VARCHAR(32) NOT NULL);
            """;
        MlflowDbWriter.Create(dir, "mlruns.db", db => db.Sql($"""
            INSERT INTO experiments VALUES (0, 'Default', ''); INSERT INTO runs VALUES ('{A}', 'FINISHED', 1, 0);
            INSERT INTO tags VALUES ('mlflow.runName', 'old', '{A}'); INSERT INTO params VALUES ('lr', '0.1', '{A}');
            INSERT INTO metrics VALUES ('acc', 0.5, 1, '{A}'); INSERT INTO metrics VALUES ('acc', 0.75, 2, '{A}');
            """), Old);
        IngestResult result = Ingest(dir.Path);
        Run run = Assert.Single(result.Runs);
        Assert.Equal(("mlruns.db@Default/old", "0.1"), (run.Id, run.Params["lr"]));
        Assert.Equal([0.0], run.FindSeries("acc")!.Steps);
        Assert.Equal([0.75], run.FindSeries("acc")!.Values);
        Assert.Equal("LL005", Assert.Single(result.Diagnostics).Code);
    }

    // ----- damaged, locked and live stores -----

    [Fact]
    public void A_truncated_store_is_one_diagnostic_with_its_path_and_other_runs_are_unaffected()
    {
        using var dir = new TempFolder();
        string store = MlflowDbWriter.Create(dir, "store/mlflow.db", db => Fill(db, runs: 20, steps: 200));
        byte[] bytes = File.ReadAllBytes(store);
        File.WriteAllBytes(store, bytes[..(bytes.Length / 2)]);
        dir.Write("other/metrics.csv", "step,loss\n1,0.5\n2,0.4\n");
        IngestResult result = Ingest(dir.Path);
        Assert.Contains(result.Runs, r => r.Id == "other" && r.FindSeries("loss")!.Count == 2);
        Diagnostic d = Assert.Single(result.Diagnostics, d => d.Code == "LL001");
        Assert.Equal("store/mlflow.db", d.Path);
        Assert.Contains("damaged or truncated", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_named_like_a_store_that_is_not_a_database_is_reported(bool withHeader)
    {
        using var dir = new TempFolder();
        byte[] noise = new byte[8192];
        new Random(7).NextBytes(noise);
        if (withHeader)
        {
            "SQLite format 3\0"u8.CopyTo(noise);
        }

        dir.WriteBytes("mlflow.db", noise);
        dir.Write("other/metrics.csv", "step,loss\n1,0.5\n");
        IngestResult result = Ingest(dir.Path);
        Assert.Equal(["other"], Ids(result));
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", "mlflow.db"), (d.Code, d.Path));
    }

    [Fact]
    public void A_store_locked_by_a_writer_transaction_is_reported_after_a_short_retry()
    {
        using var dir = new TempFolder();
        string store = MlflowDbWriter.Create(dir, "mlflow.db", db => Fill(db, runs: 2, steps: 5));
        using var writer = new MlflowDbWriter(store, schema: "");
        writer.Sql("BEGIN EXCLUSIVE");
        writer.Metric(A, "loss", 0.1, 99);
        Assert.True(File.Exists(store + "-journal"));
        var clock = Stopwatch.StartNew();
        IngestResult result = Ingest(dir.Path);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1, 20);
        Assert.Empty(result.Runs);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", "mlflow.db"), (d.Code, d.Path));
        Assert.Contains("locked by a writer", d.Message, StringComparison.Ordinal);
        writer.Sql("ROLLBACK");
    }

    [Fact]
    public void A_store_left_with_a_hot_journal_by_a_crashed_writer_is_reported()
    {
        using var live = new TempFolder();
        string store = MlflowDbWriter.Create(live, "mlflow.db", db => Fill(db, runs: 5, steps: 200));
        using var writer = new MlflowDbWriter(store, schema: "PRAGMA cache_size = 1");
        writer.Sql("BEGIN EXCLUSIVE");
        writer.Sql("DELETE FROM metrics");

        // A copy taken mid-transaction is what a crash leaves: the journal without the lock that made it not hot.
        using var dir = new TempFolder();
        File.Copy(store, Path.Combine(dir.Path, "mlflow.db"));
        File.Copy(store + "-journal", Path.Combine(dir.Path, "mlflow.db-journal"));
        writer.Sql("ROLLBACK");
        Diagnostic d = Assert.Single(Ingest(dir.Path).Diagnostics);
        Assert.Equal(("LL001", "mlflow.db"), (d.Code, d.Path));
        Assert.Contains("hot -journal", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wal_store_being_written_is_read_up_to_its_last_commit_without_touching_the_database_or_its_log()
    {
        using var dir = new TempFolder();
        string store = Path.Combine(dir.Path, "mlflow.db");
        using var writer = new MlflowDbWriter(store, journalMode: "WAL");
        writer.Experiment(1, "exp").Run(A, 1, "committed").Metrics(A, "loss", 1.0, 0.5);
        writer.Sql("BEGIN");
        writer.Run(B, 1, "uncommitted").Metrics(B, "loss", 2.0);
        Assert.True(File.Exists(store + "-wal"));

        // The -shm is SQLite's shared-memory index, where every reader takes its read lock: only it may change.
        List<string> before = FolderSnapshot.Take(dir.Path, f => !f.EndsWith("-shm", StringComparison.Ordinal));
        IngestResult result = RunIngestor.Ingest([dir.Path], LogLensConfig.Default);
        Assert.Equal(before, FolderSnapshot.Take(dir.Path, f => !f.EndsWith("-shm", StringComparison.Ordinal)));
        Assert.Equal(["mlflow.db@exp/committed"], Ids(result));
        Assert.Equal([1.0, 0.5], result.Runs[0].FindSeries("loss")!.Values);

        writer.Sql("COMMIT");
        Assert.Equal(["mlflow.db@exp/committed", "mlflow.db@exp/uncommitted"], Ids(RunIngestor.Ingest([dir.Path], LogLensConfig.Default)));
    }

    [Fact]
    public void A_cached_wal_store_is_read_again_when_its_log_grows()
    {
        using var dir = new TempFolder();
        using var cacheDir = new TempFolder();
        string store = Path.Combine(dir.Path, "mlflow.db");
        using var writer = new MlflowDbWriter(store, journalMode: "WAL");
        writer.Experiment(1, "exp").Run(A, 1, "live").Metrics(A, "loss", 1.0);
        Assert.Equal(1, RunIngestor.Ingest([dir.Path], LogLensConfig.Default, layouts: null, cache: new RunCache(cacheDir.Path)).Runs.Single().FindSeries("loss")!.Count);

        writer.Metric(A, "loss", 0.5, 1); // lands in mlflow.db-wal only
        var cache = new RunCache(cacheDir.Path);
        Assert.Equal(2, RunIngestor.Ingest([dir.Path], LogLensConfig.Default, layouts: null, cache: cache).Runs.Single().FindSeries("loss")!.Count);
        Assert.Equal((0, 1), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void A_store_in_a_read_only_folder_is_read()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only
        }

        using var dir = new TempFolder();
        string store = MlflowDbWriter.Create(dir, "ro/mlflow.db", db => Fill(db, runs: 3, steps: 10));
        string folder = Path.GetDirectoryName(store)!;
        File.SetUnixFileMode(store, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        try
        {
            IngestResult result = Ingest(dir.Path);
            Assert.Equal(3, result.Runs.Length);
            Assert.Empty(result.Diagnostics);
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_bigger_store_reads_every_run_and_point()
    {
        using var dir = new TempFolder();
        MlflowDbWriter.Create(dir, "mlflow.db", db => Fill(db, runs: 30, steps: 300));
        IngestResult result = Ingest(dir.Path);
        Assert.Equal(30, result.Runs.Length);
        Assert.All(result.Runs, r => Assert.Equal([300, 300], r.Series.Select(s => s.Count)));
        Assert.Empty(result.Diagnostics);
    }

    // ----- fuzz -----

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 80; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_store_with_random_byte_flips_never_throws_and_gives_runs_or_a_diagnostic_naming_it(int seed)
    {
        var random = new Random(seed);
        byte[] damaged = (byte[])FuzzStore.Value.Clone();
        int from = seed % 3 == 0 ? 0 : 100; // a third may hit the 100-byte header, the rest the b-tree pages
        for (int i = random.Next(1, 17); i > 0; i--)
        {
            damaged[random.Next(from, damaged.Length)] ^= (byte)random.Next(1, 256);
        }

        if (seed % 7 == 0)
        {
            damaged = damaged[..random.Next(damaged.Length)];
        }

        using var dir = new TempFolder();
        dir.WriteBytes("store/mlflow.db", damaged);
        dir.Write("other/metrics.csv", "step,loss\n1,0.5\n");
        IngestResult? result = null;
        Assert.Null(Record.Exception(() => result = Ingest(dir.Path)));
        Assert.Contains(result!.Runs, r => r.Id == "other");
        Assert.True(
            result.Runs.Any(r => r.Id.StartsWith("store/mlflow.db@", StringComparison.Ordinal)) || result.Diagnostics.Any(d => d.Path == "store/mlflow.db"),
            "neither runs nor a diagnostic from the damaged store");
        Assert.All(result.Diagnostics, d => Assert.Equal("store/mlflow.db", d.Path));
    }

    private static readonly Lazy<byte[]> FuzzStore = new(() =>
    {
        using var dir = new TempFolder();
        string path = MlflowDbWriter.Create(dir, "mlflow.db", db =>
        {
            Fill(db, runs: 4, steps: 60);
            db.Run(B, 1, "child", parent: A).Metric(B, "score", 0.5, 0).Metric(B, "score", 0, 1, nan: true).Run(C, 1, "gone", stage: "deleted").Param(C, "x", "y");
        });
        return File.ReadAllBytes(path);
    });

    /// <summary>Experiment "exp" with <paramref name="runs"/> runs r0, r1, ... (uuids from A), loss and acc at every step, one param.</summary>
    internal static void Fill(MlflowDbWriter db, int runs, int steps)
    {
        db.Experiment(1, "exp");
        for (int r = 0; r < runs; r++)
        {
            string uuid = r == 0 ? A : r.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
            db.Run(uuid, 1, "r" + r).Param(uuid, "lr", "0." + r);
            for (int s = 0; s < steps; s++)
            {
                db.Metric(uuid, "loss", 1.0 / (s + 1), s).Metric(uuid, "acc", s / (double)steps, s);
            }
        }
    }

    /// <summary>Ingests <paramref name="folder"/> and checks it is byte-identical afterwards.</summary>
    internal static IngestResult Ingest(string folder)
    {
        List<string> before = FolderSnapshot.Take(folder);
        IngestResult result = RunIngestor.Ingest([folder], LogLensConfig.Default);
        Assert.Equal(before, FolderSnapshot.Take(folder));
        return result;
    }

    private static string[] Ids(IngestResult result) => [.. result.Runs.Select(r => r.Id)];

    private static int Longest(IngestResult result) => result.Runs.SelectMany(r => r.Series).Max(s => s.Count);

    private static string[] Studies(IngestResult result) =>
        [.. result.Runs.GroupBy(r => r.Study).Select(g => g.Key + "=" + g.Count()).Order(StringComparer.Ordinal)];
}
