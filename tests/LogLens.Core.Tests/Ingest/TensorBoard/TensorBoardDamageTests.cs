using System.Buffers.Binary;
using Google.Protobuf;
using LogLens.Core.Ingest.Formats.TensorBoard.Proto;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.TensorBoard;

public sealed class TensorBoardDamageTests
{
    private const string File = "run/events.out.tfevents.1700000000.host.1.0";

    private static readonly Event[] ThreeSteps = [Events.Version(), Events.Scalar(1, "loss", 3), Events.Scalar(2, "loss", 2), Events.Scalar(3, "loss", 1)];

    private static int[] RecordOffsets(byte[] bytes)
    {
        var offsets = new List<int>();
        for (int at = 0; at < bytes.Length; at += 16 + (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(at)))
        {
            offsets.Add(at);
        }

        return [.. offsets];
    }

    [Fact]
    public void A_short_last_record_at_any_cut_is_in_progress_and_everything_before_it_is_kept()
    {
        byte[] bytes = EventFile.Bytes(ThreeSteps);
        int last = RecordOffsets(bytes)[^1];
        for (int cut = last + 1; cut < bytes.Length; cut++)
        {
            using var dir = new TempFolder();
            dir.WriteBytes(File, bytes[..cut]);
            var result = dir.Ingest();
            Assert.Equal([3.0, 2.0], result.Runs.Single().FindSeries("loss")!.Values);
            Diagnostic d = Assert.Single(result.Diagnostics);
            Assert.Equal(("LL002", File), (d.Code, d.Path));
            Assert.Contains($"byte offset {last} ", d.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_damaged_record_stops_reading_there_with_its_offset_and_keeps_what_came_before()
    {
        byte[] bytes = EventFile.Bytes(ThreeSteps);
        int second = RecordOffsets(bytes)[2];
        bytes[second + 14] ^= 0x40; // inside the data of step 2
        using var dir = new TempFolder();
        dir.WriteBytes(File, bytes);
        var result = dir.Ingest();
        Assert.Equal([3.0], result.Runs.Single().FindSeries("loss")!.Values);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("LL001", d.Code);
        Assert.Contains($"byte offset {second} (data checksum mismatch)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_length_field_stops_reading_without_trusting_the_length()
    {
        byte[] bytes = EventFile.Bytes(ThreeSteps);
        int second = RecordOffsets(bytes)[2];
        bytes[second + 7] = 0x7F; // a huge length, its checksum now wrong
        using var dir = new TempFolder();
        dir.WriteBytes(File, bytes);
        var result = dir.Ingest();
        Assert.Equal([3.0], result.Runs.Single().FindSeries("loss")!.Values);
        Assert.Contains("length checksum mismatch", Assert.Single(result.Diagnostics, d => d.Code == "LL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_length_with_a_valid_checksum_past_the_end_of_the_file_is_a_record_still_being_written()
    {
        byte[] header = new byte[12];
        BinaryPrimitives.WriteUInt64LittleEndian(header, 1UL << 29);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), EventFile.MaskedCrc(header.AsSpan(0, 8)));
        using var dir = new TempFolder();
        dir.WriteBytes(File, [.. EventFile.Bytes(ThreeSteps), .. header, 1, 2, 3]);
        var result = dir.Ingest();
        Assert.Equal(3, result.Runs.Single().FindSeries("loss")!.Count);
        Assert.Equal("LL002", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_length_beyond_any_real_record_is_damage_even_with_a_valid_checksum()
    {
        byte[] header = new byte[12];
        BinaryPrimitives.WriteUInt64LittleEndian(header, 1UL << 40);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), EventFile.MaskedCrc(header.AsSpan(0, 8)));
        using var dir = new TempFolder();
        dir.WriteBytes(File, [.. EventFile.Bytes(ThreeSteps), .. header, 1, 2, 3]);
        var result = dir.Ingest();
        Assert.Equal(3, result.Runs.Single().FindSeries("loss")!.Count);
        Assert.Contains("is implausible", Assert.Single(result.Diagnostics, d => d.Code == "LL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_record_is_read_whole()
    {
        string big = "{\"learning_rate\": 0.001, \"note\": \"" + new string('x', 3_000_000) + "\"}";
        using var dir = new TempFolder();
        dir.WriteBytes(File, EventFile.Bytes(Events.Version(), Events.Text("args", big), Events.Scalar(1, "loss", 1)));
        Run run = dir.Run("run");
        Assert.Equal("0.001", run.Params["learning_rate"]);
        Assert.Equal(3_000_000, run.Params["note"].Length);
        Assert.Equal(1, run.FindSeries("loss")!.Count);
    }

    [Fact]
    public void A_checksummed_record_that_is_not_an_event_is_skipped_and_reading_goes_on()
    {
        byte[] bytes = EventFile.Frame([Events.Version().ToByteArray(), [0x0A, 0xFF, 0xFF], Events.Scalar(1, "loss", 1).ToByteArray()]);
        using var dir = new TempFolder();
        dir.WriteBytes(File, bytes);
        var result = dir.Ingest();
        Assert.Equal([1.0], result.Runs.Single().FindSeries("loss")!.Values);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("LL001", d.Code);
        Assert.Contains("is not a TensorBoard event", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_in_progress_and_the_run_is_kept()
    {
        using var dir = new TempFolder();
        dir.WriteBytes(File, []);
        var result = dir.Ingest();
        Assert.Equal("run", result.Runs.Single().Id);
        Assert.Equal("LL002", Assert.Single(result.Diagnostics).Code);
    }
}
