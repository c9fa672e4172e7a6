using LogLens.Core.Model;
using Google.Protobuf;
using static LogLens.Core.Tests.Ingest.Wandb.WandbFileWriter;

namespace LogLens.Core.Tests.Ingest.Wandb;

public sealed class WandbDamageTests
{
    private const string RunDir = "wandb/run-20240101_000000-abc";
    private const string File = RunDir + "/run-abc.wandb";

    private static byte[] ThreeBlocks()
    {
        string pad = "\"" + new string('p', 20_000) + "\"";
        return Write(
            History(0, ("loss", "1.0"), ("note", pad)),
            History(1, ("loss", "0.9"), ("note", pad)),
            History(2, ("loss", "0.8"), ("note", pad)),
            History(3, ("loss", "0.7"), ("note", pad)),
            Exit());
    }

    [Fact]
    public void A_chunk_failing_its_crc_is_reported_with_its_offset_and_reading_resumes_at_the_next_block()
    {
        using var dir = new TempFolder();
        byte[] bytes = ThreeBlocks();
        bytes[20] ^= 0x55; // inside the first record's payload
        dir.WriteBytes(File, bytes);
        Run run = dir.Run(RunDir);
        Diagnostic d = Assert.Single(dir.Ingest().Diagnostics);
        Assert.Equal("LL001", d.Code);
        Assert.Equal("wandb/run-20240101_000000-abc/run-abc.wandb", d.Path);
        Assert.Contains("CRC-32", d.Message, StringComparison.Ordinal);
        Assert.Contains("byte offset 7", d.Message, StringComparison.Ordinal);
        Assert.Equal([0.8, 0.7], run.FindSeries("loss")!.Values);
    }

    [Fact]
    public void A_truncated_tail_keeps_the_records_before_it_and_is_reported_as_in_progress()
    {
        using var dir = new TempFolder();
        byte[] bytes = ThreeBlocks();
        dir.WriteBytes(File, bytes[..(BlockSize + 100)]);
        Run run = dir.Run(RunDir);
        Assert.Equal([1.0], run.FindSeries("loss")!.Values);
        Diagnostic d = Assert.Single(dir.Ingest().Diagnostics);
        Assert.Equal("LL002", d.Code);
        Assert.Contains("file ends inside", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_truncation_keeps_a_prefix_of_the_history_and_never_throws()
    {
        byte[] bytes = Write([.. Enumerable.Range(0, 200).Select(i => History(i, ("loss", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))), Exit()]);
        using var dir = new TempFolder();
        for (int cut = 0; cut < bytes.Length; cut += 37)
        {
            dir.WriteBytes(File, bytes[..cut]);
            var result = dir.Ingest();
            double[] values = result.Runs.SingleOrDefault()?.FindSeries("loss")?.Values ?? [];
            Assert.Equal(Enumerable.Range(0, values.Length).Select(i => (double)i), values);
            Assert.Contains(result.Diagnostics, d => d.Code == "LL002");
        }
    }

    [Fact]
    public void A_file_without_the_wandb_header_is_unreadable()
    {
        using var dir = new TempFolder();
        dir.Write(File, "not a record log at all");
        Diagnostic d = Assert.Single(dir.Ingest().Diagnostics);
        Assert.Equal("LL001", d.Code);
        Assert.Contains(":W&B", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_record_log_is_reported_as_in_progress()
    {
        using var dir = new TempFolder();
        dir.WriteBytes(File, []);
        Diagnostic d = Assert.Single(dir.Ingest().Diagnostics);
        Assert.Equal("LL002", d.Code);
    }

    [Fact]
    public void A_payload_that_is_not_a_record_is_skipped_with_its_offset()
    {
        using var dir = new TempFolder();
        byte[] garbage = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF];
        byte[] good = History(0, ("loss", "1")).ToByteArray();
        byte[] exit = Exit().ToByteArray();
        dir.WriteBytes(File, Frame([garbage, good, exit]));
        Run run = dir.Run(RunDir);
        Assert.Equal([1.0], run.FindSeries("loss")!.Values);
        Diagnostic d = Assert.Single(dir.Ingest().Diagnostics);
        Assert.Equal("LL001", d.Code);
        Assert.Contains("byte offset 7", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_padding_at_the_end_of_a_block_is_not_an_error()
    {
        using var dir = new TempFolder();
        byte[] bytes = Write(History(0, ("loss", "1")), Exit());
        byte[] padded = [.. bytes, .. new byte[BlockSize - bytes.Length]];
        dir.WriteBytes(File, padded);
        Assert.Equal([1.0], dir.Run(RunDir).FindSeries("loss")!.Values);
        Assert.Empty(dir.Ingest().Diagnostics);
    }
}
