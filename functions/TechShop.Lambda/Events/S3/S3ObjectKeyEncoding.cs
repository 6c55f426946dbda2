using System.Text;

namespace TechShop.Lambda.Events.S3;

/// <summary>Encodes an object key the way S3 writes it into event notifications (for the local folder lake).</summary>
public static class S3ObjectKeyEncoding
{
    /// <summary>
    /// Form-style URL encoding that keeps <c>/</c>: space becomes <c>+</c>, every byte of the key's UTF-8 outside
    /// letters, digits and <c>-_.*/</c> becomes <c>%XX</c> (so <c>=</c> is <c>%3D</c> and <c>+</c> is <c>%2B</c>).
    /// </summary>
    public static string Encode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var builder = new StringBuilder(key.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '*' or '/')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2"));
            }
        }

        return builder.ToString();
    }
}
