using LogLens.Core.Ingest.Text;
using WellKnown = Google.Protobuf.WellKnownTypes;

namespace LogLens.Core.Ingest.Formats.TensorBoard;

/// <summary>The parameter text of an hparams plugin value (<c>google.protobuf.Value</c>), in the forms the params readers use.</summary>
internal static class HParamText
{
    public static string Of(WellKnown.Value value, bool nested = false) => value.KindCase switch
    {
        WellKnown.Value.KindOneofCase.NumberValue => ParamText.Number(value.NumberValue),
        WellKnown.Value.KindOneofCase.StringValue => nested ? ParamText.Quoted(value.StringValue) : value.StringValue,
        WellKnown.Value.KindOneofCase.BoolValue => ParamText.Bool(value.BoolValue),
        WellKnown.Value.KindOneofCase.ListValue => "[" + string.Join(",", value.ListValue.Values.Select(v => Of(v, nested: true))) + "]",
        WellKnown.Value.KindOneofCase.StructValue => "{" + string.Join(",", value.StructValue.Fields
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => ParamText.Quoted(f.Key) + ":" + Of(f.Value, nested: true))) + "}",
        _ => ParamText.Null,
    };
}
