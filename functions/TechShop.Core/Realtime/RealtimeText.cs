using System.Globalization;
using System.Text;

namespace TechShop.Core.Realtime;

/// <summary>
/// How realtime tables spell values as text: enums in SCREAMING_SNAKE (<c>CREDIT_CARD</c>, as in the extracts),
/// decimals invariant with their scale, dates <c>yyyy-MM-dd</c>. Shared by the CQL and SQLite stores.
/// </summary>
public static class RealtimeText
{
    /// <summary>An enum value in SCREAMING_SNAKE: <c>PaymentMethod.PayPal</c> → <c>PAY_PAL</c>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }

    /// <summary>Parses a SCREAMING_SNAKE enum value; throws <see cref="FormatException"/> naming the type when unknown.</summary>
    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new FormatException(
            $"'{text}' is not a {typeof(TEnum).Name}; expected one of {string.Join(", ", Enum.GetValues<TEnum>().Select(v => Of(v)))}.");
    }

    /// <summary>A decimal as invariant text, keeping its scale (<c>12.50</c>).</summary>
    public static string Of(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a decimal written by <see cref="Of(decimal)"/>.</summary>
    public static decimal ParseDecimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string Of(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses a <c>yyyy-MM-dd</c> date.</summary>
    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
