using System.Text;
using TechShop.Avro.Binary;

namespace TechShop.Avro.Tests.Binary;

public sealed class UuidTests
{
    [Fact]
    public void TryParseCanonical_ShouldAgreeWithGuidParseInBothCases()
    {
        var random = new Random(61);
        for (var i = 0; i < 1000; i++)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            var expected = new Guid(bytes);
            var text = expected.ToString("D");

            Assert.True(Uuid.TryParseCanonical(Encoding.ASCII.GetBytes(text), out var lower));
            Assert.True(Uuid.TryParseCanonical(Encoding.ASCII.GetBytes(text.ToUpperInvariant()), out var upper));
            Assert.Equal((expected, expected), (lower, upper));
        }
    }

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950g")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950")]
    public void TryParseCanonical_WhenTheTextIsNotCanonical_ShouldRefuse(string text)
    {
        Assert.False(Uuid.TryParseCanonical(Encoding.ASCII.GetBytes(text), out _));
    }

    [Fact]
    public void ReadUuid_WhenTheTextHasNoDashes_ShouldStillAcceptIt()
    {
        var reader = new AvroSpanReader([64, .. "0f8fad5bd9cb469fa16570867728950e"u8]);

        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), reader.ReadUuid("event_id"));
    }
}
