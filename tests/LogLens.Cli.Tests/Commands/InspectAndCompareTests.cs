using System.Text.Json;

namespace LogLens.Cli.Tests.Commands;

public sealed class InspectAndCompareTests
{
    [Fact]
    public void Inspect_json_lists_every_demo_run_with_its_metric_roles()
    {
        var (exit, output, _) = Cli.Run("inspect", Repo.Path("fixtures", "demo"), "--format", "json");

        Assert.Equal(0, exit);
        using JsonDocument doc = JsonDocument.Parse(output);
        var runs = doc.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(38, runs.Count);
        JsonElement run = runs.First(r => r.GetProperty("id").GetString() == "support-bot/lr-1e-4_r-8/seed-3");
        // The demo holds two sweeps in two top-level folders: two studies, never compared with each other.
        Assert.Equal("support-bot/tickets", run.GetProperty("dataset").GetString());
        Assert.Equal("support-bot", run.GetProperty("study").GetString());
        Assert.Contains(run.GetProperty("metrics").EnumerateArray(), m => m.GetProperty("name").GetString() == "eval/task_success" && m.GetProperty("role").GetString() == "business");
    }

    [Fact]
    public void Inspect_shows_which_runs_table_fed_each_param_and_metric_with_the_runs_status()
    {
        var (exit, output, _) = Cli.Run("inspect", Repo.Path("fixtures", "formats", "runs-tables"));

        Assert.Equal(0, exit);
        Assert.Contains("from optuna-trials.csv (optuna): params batch_size, lr, optimizer; metrics val_accuracy, value", output, StringComparison.Ordinal);
        Assert.Contains("from wandb-runs-table.csv (wandb-export): params batch_size, epochs, lr, model_type, optimizer, output_dir; metrics best_epoch, epoch, train/loss, val/accuracy, val/loss", output, StringComparison.Ordinal);
        Assert.Contains("from mlflow-runs.csv (mlflow-csv): params batch_size, lr,", output, StringComparison.Ordinal);
        Assert.Contains("study: sweep-k3v9x2qa  status: failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_answers_per_dataset_and_reports_the_sign_flip()
    {
        var (exit, output, _) = Cli.Run(
            "compare", Repo.Path("fixtures", "demo", "multi-domain"),
            "--baseline", "prompt_template=v2,learning_rate=1e-4", "--candidate", "prompt_template=v2,learning_rate=2e-4", "--format", "json");

        // The candidate is significantly worse on legal: compare fails like analyze's --fail-on.
        Assert.Equal(1, exit);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal(4, doc.RootElement.GetProperty("datasets").GetArrayLength());
        Assert.Equal("LL604", doc.RootElement.GetProperty("findings")[0].GetProperty("code").GetString());
        Assert.True(doc.RootElement.GetProperty("candidateWorse").GetBoolean());
    }

    [Fact]
    public void Compare_and_the_gain_findings_answer_better_with_the_same_one_sided_test()
    {
        var (_, output, _) = Cli.Run(
            "compare", Repo.Path("fixtures", "demo", "multi-domain"),
            "--baseline", "prompt_template=v2,learning_rate=1e-4", "--candidate", "prompt_template=v2,learning_rate=2e-4", "--format", "json");

        using JsonDocument doc = JsonDocument.Parse(output);
        string message = doc.RootElement.GetProperty("findings")[0].GetProperty("message").GetString()!;
        foreach (JsonElement row in doc.RootElement.GetProperty("datasets").EnumerateArray())
        {
            string dataset = row.GetProperty("dataset").GetString()!;
            string outcome = row.GetProperty("outcome").GetString()!;
            bool namedBetter = message[..message.IndexOf(" but ", StringComparison.Ordinal)].Contains(dataset, StringComparison.Ordinal);
            Assert.Equal(namedBetter, outcome == "better");
        }
    }

    [Fact]
    public void A_selector_that_pools_several_configs_is_warned_about_and_one_run_a_side_prints_no_NaN()
    {
        var (_, output, _) = Cli.Run(
            "compare", Repo.Path("fixtures", "demo", "multi-domain"),
            "--baseline", "prompt_template=v1", "--candidate", "prompt_template=v2,learning_rate=2e-4,seed=1");

        Assert.Contains("warning: baseline selector 'prompt_template=v1' matches 2 configs", output, StringComparison.Ordinal);
        Assert.Contains("a CI needs 2 or more seeds on each side", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", output, StringComparison.Ordinal);
        Assert.Contains("n/a (seeds)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_with_a_selector_that_matches_nothing_is_a_usage_error()
    {
        var (exit, _, error) = Cli.Run("compare", Repo.Path("fixtures", "demo"), "--baseline", "learning_rate=9", "--candidate", "learning_rate=1e-4");
        Assert.Equal(2, exit);
        Assert.NotEmpty(error);
    }
}
