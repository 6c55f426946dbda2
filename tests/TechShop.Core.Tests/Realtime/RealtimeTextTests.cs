using TechShop.Core.Domain;
using TechShop.Core.Realtime;

namespace TechShop.Core.Tests.Realtime;

public sealed class RealtimeTextTests
{
    [Theory]
    [InlineData(PaymentMethod.CreditCard, "CREDIT_CARD")]
    [InlineData(PaymentMethod.PayPal, "PAY_PAL")]
    [InlineData(PaymentMethod.Cash, "CASH")]
    public void Of_ShouldSpellEnumsInScreamingSnakeCase(PaymentMethod method, string text)
    {
        Assert.Equal(text, RealtimeText.Of(method));
        Assert.Equal(method, RealtimeText.Parse<PaymentMethod>(text));
    }

    [Fact]
    public void Parse_WhenTheTextIsNoValueOfTheEnum_ShouldThrowNamingTheTypeAndTheValuesExpected()
    {
        var error = Assert.Throws<FormatException>(() => RealtimeText.Parse<SalesChannel>("MAIL_ORDER"));

        Assert.Equal("'MAIL_ORDER' is not a SalesChannel; expected one of ONLINE, IN_STORE.", error.Message);
    }

    [Fact]
    public void Decimals_ShouldRoundTripWithTheirScale() =>
        Assert.Equal("1140.280", RealtimeText.Of(RealtimeText.ParseDecimal(RealtimeText.Of(1140.280m))));
}
