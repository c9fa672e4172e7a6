using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Tables;

/// <summary>Bad rows and cells of runs tables: each is a diagnostic with its path and line, and costs no other row.</summary>
public sealed class RunsTableDamageTests
{
    private const string Header = "run_id,experiment_id,status,artifact_uri,start_time,end_time,metrics.acc,params.lr\n";

    [Fact]
    public void A_row_cut_off_at_the_end_of_the_file_is_LL002_with_its_line_and_the_other_rows_are_read()
    {
        using var dir = new TempFolder();
        dir.Write("runs.csv", Header + "r1,0,FINISHED,file:///a,2024-05-02 10:12:05+00:00,2024-05-02 10:14:39+00:00,0.81,0.01\n" + "r2,0,FINISHED,file:///b,2024-05-02");
        IngestResult result = dir.Ingest();
        Assert.Equal(["runs.csv@experiment 0/r1"], result.Runs.Select(r => r.Id));
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", "runs.csv", 3L), (d.Code, d.Path, d.Line));
    }

    [Fact]
    public void A_row_with_fewer_cells_than_the_header_in_the_middle_is_LL001_with_its_line()
    {
        using var dir = new TempFolder();
        dir.Write("runs.csv", Header + "r1,0,FINISHED,file:///a,,,0.81\n" + "r2,0,FINISHED,file:///b,,,0.79,0.1\n");
        IngestResult result = dir.Ingest();
        Assert.Equal(["runs.csv@experiment 0/r2"], result.Runs.Select(r => r.Id));
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", 2L), (d.Code, d.Line));
    }

    [Fact]
    public void A_header_missing_a_column_the_rows_have_makes_each_row_LL001_and_nothing_is_made_up()
    {
        using var dir = new TempFolder();
        dir.Write("runs.csv", Header.Replace(",params.lr", "", StringComparison.Ordinal) + "r1,0,FINISHED,file:///a,,,0.81,0.01\n");
        IngestResult result = dir.Ingest();
        Assert.Empty(result.Runs);
        Assert.Equal(("LL001", 2L), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Line));
    }

    [Fact]
    public void A_table_without_its_optional_columns_is_still_read()
    {
        using var dir = new TempFolder();
        dir.Write("runs.csv", "run_id,experiment_id,status,metrics.acc\nr1,0,FINISHED,0.81\n");
        Assert.Equal([0.81], dir.Run("runs.csv@experiment 0/r1").FindSeries("acc")!.Values);
    }

    [Fact]
    public void A_metric_cell_that_is_not_a_number_is_LL001_with_its_line_and_costs_only_that_cell()
    {
        using var dir = new TempFolder();
        dir.Write("runs.csv", "run_id,experiment_id,status,metrics.acc,metrics.loss,params.lr\nr1,0,FINISHED,0.81,0.4,0.01\nr2,0,FINISHED,n/a,0.5,0.1\n");
        IngestResult result = dir.Ingest();
        Run run = result.Runs.Single(r => r.Id == "runs.csv@experiment 0/r2");
        Assert.Null(run.FindSeries("acc"));
        Assert.Equal([0.5], run.FindSeries("loss")!.Values);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", 3L), (d.Code, d.Line));
        Assert.Contains("'n/a' in column 'metrics.acc'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_optuna_table_whose_trial_number_is_not_a_number_skips_that_row_only()
    {
        using var dir = new TempFolder();
        dir.Write("trials.csv", "number,value,datetime_start,params_lr,state\n0,0.5,2024-05-02 10:15:31,0.01,COMPLETE\nx,0.4,2024-05-02 10:16:31,0.1,COMPLETE\n");
        IngestResult result = dir.Ingest();
        Assert.Equal(["trials.csv#trial-0"], result.Runs.Select(r => r.Id));
        Assert.Equal(("LL001", 3L), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Line));
    }

    [Fact]
    public void A_repeated_run_id_keeps_the_first_row_and_reports_the_second()
    {
        using var dir = new TempFolder();
        dir.Write("runs.csv", "run_id,experiment_id,status,metrics.acc\nr1,0,FINISHED,0.81\nr1,0,FINISHED,0.82\n");
        IngestResult result = dir.Ingest();
        Assert.Equal([0.81], Assert.Single(result.Runs).FindSeries("acc")!.Values);
        Assert.Contains("first on line 2", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_keeps_the_rows_before_it_and_is_reported_with_a_line()
    {
        using var dir = new TempFolder();
        dir.Write("export.csv", """
            "Name","State","Notes","User","Tags","Created","Runtime","Sweep","lr","val_loss"
            "a","finished","-","ana","","2025-11-13T09:48:11.000Z","100","","0.001","0.25"
            "b","finished","oops,"ana","","2025-11-13T09:49:11.000Z","100","","0.01","0.31"
            "c","finished","-","ana","","2025-11-13T09:50:11.000Z","100","","0.1","0.41"

            """);
        IngestResult result = dir.Ingest();
        Assert.Contains("export.csv#a", result.Runs.Select(r => r.Id));
        Assert.Contains(result.Diagnostics, d => d.Code is "LL001" or "LL002" && d.Path == "export.csv" && d.Line is not null);
    }
}
