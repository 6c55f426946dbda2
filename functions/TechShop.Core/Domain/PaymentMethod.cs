namespace TechShop.Core.Domain;

/// <summary>How the customer paid.</summary>
public enum PaymentMethod
{
    CreditCard = 0,
    DebitCard = 1,
    PayPal = 2,
    ApplePay = 3,
    GiftCard = 4,
    Cash = 5,
}
