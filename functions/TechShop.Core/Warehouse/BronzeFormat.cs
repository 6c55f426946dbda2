namespace TechShop.Core.Warehouse;

/// <summary>The file formats bronze loads: daily extracts and the stream archive.</summary>
public enum BronzeFormat
{
    JsonLines = 0,
    AvroContainer = 1,
}
