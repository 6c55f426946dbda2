namespace TechShop.Lambda.Events.S3;

/// <summary>Orders two events of the same key by their <c>sequencer</c> hex strings, as the S3 guide describes.</summary>
public static class S3Sequencer
{
    /// <summary>
    /// Negative when <paramref name="left"/> happened first: the shorter string is padded with trailing zeros, then
    /// both are compared as text. Only meaningful for events of the same key.
    /// </summary>
    public static int Compare(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var width = Math.Max(left.Length, right.Length);
        return string.CompareOrdinal(
            left.PadRight(width, '0').ToUpperInvariant(), right.PadRight(width, '0').ToUpperInvariant());
    }
}
