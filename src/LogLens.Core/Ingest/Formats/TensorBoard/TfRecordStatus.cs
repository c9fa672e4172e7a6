namespace LogLens.Core.Ingest.Formats.TensorBoard;

/// <summary>What <see cref="TfRecordFile.Next"/> found.</summary>
internal enum TfRecordStatus
{
    /// <summary>A complete record whose checksums match.</summary>
    Record,

    /// <summary>The file ends cleanly after the previous record.</summary>
    End,

    /// <summary>The file ends inside a record: a writer is (or was) still writing it.</summary>
    Truncated,

    /// <summary>A checksum does not match or the length is impossible: the file is damaged from here on.</summary>
    Corrupt,
}
