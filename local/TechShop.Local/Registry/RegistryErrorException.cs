namespace TechShop.Local.Registry;

/// <summary>A registry error answered as <c>{"error_code": ErrorCode, "message": Message}</c> with HTTP <see cref="StatusCode"/>.</summary>
public sealed class RegistryErrorException : Exception
{
    public RegistryErrorException(int statusCode, int errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public RegistryErrorException()
    {
    }

    public RegistryErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = 500;
        ErrorCode = 50001;
    }

    public int StatusCode { get; }

    public int ErrorCode { get; }

    public static RegistryErrorException SubjectNotFound(string subject) => new(404, 40401, $"Subject '{subject}' not found.");

    public static RegistryErrorException VersionNotFound(string subject, string version) => new(404, 40402, $"Version {version} not found for subject '{subject}'.");

    public static RegistryErrorException SchemaNotFound(string what) => new(404, 40403, $"Schema {what} not found.");

    public static RegistryErrorException Incompatible(IEnumerable<string> problems) =>
        new(409, 40901, "Schema being registered is incompatible with an earlier schema for subject: " + string.Join("; ", problems));

    public static RegistryErrorException InvalidSchema(string detail) => new(422, 42201, "Invalid schema: " + detail);

    public static RegistryErrorException InvalidVersion(string version) =>
        new(422, 42202, $"The specified version '{version}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");

    public static RegistryErrorException InvalidCompatibilityLevel(string level) =>
        new(422, 42203, $"Invalid compatibility level '{level}'. Valid values are NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE.");
}
