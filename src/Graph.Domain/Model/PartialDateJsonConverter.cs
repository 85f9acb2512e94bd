using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Domain.Model;

/// <summary>A <see cref="PartialDate"/> as its ISO text in JSON ("2023", "2023-05", "2023-07-24"), for the stores' record bodies.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.Parse(reader.GetString() ?? throw new JsonException("A date must be written as a string."));

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
