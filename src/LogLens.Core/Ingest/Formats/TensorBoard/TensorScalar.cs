using System.Buffers.Binary;
using LogLens.Core.Ingest.Formats.TensorBoard.Proto;

namespace LogLens.Core.Ingest.Formats.TensorBoard;

/// <summary>
/// Reads the single number of a scalar <see cref="TensorProto"/> (TF2's <c>tf.summary.scalar</c> and friends):
/// from <c>tensor_content</c> (raw little-endian bytes of the dtype) or from the typed repeated field.
/// </summary>
internal static class TensorScalar
{
    /// <summary>The value, or null with <paramref name="problem"/> saying why the tensor is not a numeric scalar.</summary>
    public static double? Read(TensorProto tensor, out string problem)
    {
        problem = "";
        long elements = 1;
        foreach (TensorShapeProto.Types.Dim dim in tensor.TensorShape?.Dim ?? [])
        {
            elements *= dim.Size;
        }

        int size = ElementSize(tensor.Dtype);
        if (size == 0)
        {
            problem = "tensor of type " + tensor.Dtype + " is not numeric";
            return null;
        }

        if (elements != 1)
        {
            problem = "tensor holds " + elements.ToString(System.Globalization.CultureInfo.InvariantCulture) + " values, not one";
            return null;
        }

        ReadOnlySpan<byte> content = tensor.TensorContent.Span;
        if (!content.IsEmpty)
        {
            if (content.Length != size)
            {
                problem = "tensor_content has the wrong size for " + tensor.Dtype;
                return null;
            }

            return FromBytes(tensor.Dtype, content);
        }

        return FromFields(tensor);
    }

    private static int ElementSize(DataType type) => type switch
    {
        DataType.DtDouble or DataType.DtInt64 => 8,
        DataType.DtFloat or DataType.DtInt32 => 4,
        DataType.DtHalf or DataType.DtBfloat16 or DataType.DtInt16 or DataType.DtUint16 => 2,
        DataType.DtBool or DataType.DtInt8 or DataType.DtUint8 => 1,
        _ => 0,
    };

    private static double FromBytes(DataType type, ReadOnlySpan<byte> b) => type switch
    {
        DataType.DtDouble => BinaryPrimitives.ReadDoubleLittleEndian(b),
        DataType.DtInt64 => BinaryPrimitives.ReadInt64LittleEndian(b),
        DataType.DtFloat => BinaryPrimitives.ReadSingleLittleEndian(b),
        DataType.DtInt32 => BinaryPrimitives.ReadInt32LittleEndian(b),
        DataType.DtHalf => (double)BinaryPrimitives.ReadHalfLittleEndian(b),
        DataType.DtBfloat16 => Bfloat16(BinaryPrimitives.ReadUInt16LittleEndian(b)),
        DataType.DtInt16 => BinaryPrimitives.ReadInt16LittleEndian(b),
        DataType.DtUint16 => BinaryPrimitives.ReadUInt16LittleEndian(b),
        DataType.DtInt8 => (sbyte)b[0],
        _ => b[0], // bool, uint8
    };

    // An empty typed field means zero (TensorFlow fills missing elements with the default value).
    private static double FromFields(TensorProto t) => t.Dtype switch
    {
        DataType.DtDouble => t.DoubleVal.FirstOrDefault(),
        DataType.DtInt64 => t.Int64Val.FirstOrDefault(),
        DataType.DtFloat => t.FloatVal.FirstOrDefault(),
        DataType.DtHalf => (double)BitConverter.UInt16BitsToHalf((ushort)t.HalfVal.FirstOrDefault()),
        DataType.DtBfloat16 => Bfloat16((ushort)t.HalfVal.FirstOrDefault()),
        DataType.DtBool => t.BoolVal.FirstOrDefault() ? 1 : 0,
        _ => t.IntVal.FirstOrDefault(), // int32, int16, int8, uint8, uint16
    };

    private static double Bfloat16(ushort bits) => BitConverter.Int32BitsToSingle(bits << 16);
}
