using TechShop.Keyspaces.Errors;

namespace TechShop.Keyspaces.Protocol;

/// <summary>Turns an ERROR message (code, message, extras) into its typed exception.</summary>
public static class CqlErrorParser
{
    /// <summary>Parses the ERROR body of <paramref name="frame"/>.</summary>
    public static CqlServerException Parse(ResponseFrame frame)
    {
        var reader = new CqlBodyReader(frame.Message);
        var code = (CqlErrorCode)reader.ReadInt();
        var message = reader.ReadString();
        return code switch
        {
            CqlErrorCode.Unavailable => new UnavailableException(message, reader.ReadConsistency(), reader.ReadInt(), reader.ReadInt()),
            CqlErrorCode.WriteTimeout => new WriteTimeoutException(
                message, reader.ReadConsistency(), reader.ReadInt(), reader.ReadInt(), reader.ReadString()),
            CqlErrorCode.ReadTimeout => new ReadTimeoutException(
                message, reader.ReadConsistency(), reader.ReadInt(), reader.ReadInt(), reader.ReadByte() != 0),
            CqlErrorCode.ReadFailure => new ReadFailureException(
                message, reader.ReadConsistency(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadByte() != 0),
            CqlErrorCode.WriteFailure => new WriteFailureException(
                message, reader.ReadConsistency(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadString()),
            CqlErrorCode.FunctionFailure => new FunctionFailureException(
                message, reader.ReadString(), reader.ReadString(), reader.ReadStringList()),
            CqlErrorCode.AlreadyExists => new AlreadyExistsException(message, reader.ReadString(), reader.ReadString()),
            CqlErrorCode.Unprepared => new UnpreparedException(message, reader.ReadShortBytes()),
            _ => new CqlServerException(code, message),
        };
    }
}
