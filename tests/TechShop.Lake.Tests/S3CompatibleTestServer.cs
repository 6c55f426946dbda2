using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace TechShop.Lake.Tests;

/// <summary>
/// An in-test HTTP server answering the S3 REST subset the lake uses, with the response shapes S3 documents
/// (ETag headers, ListBucketResult / CopyObjectResult / multipart XML, NoSuchKey errors). Path-style addressing.
/// </summary>
internal sealed class S3CompatibleTestServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, byte[]> _objects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _multipartETags = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SortedDictionary<int, byte[]>> _uploads = new();
    private readonly Task _loop;

    public S3CompatibleTestServer(int pageSize = 1000)
    {
        PageSize = pageSize;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUrl { get; }

    public int PageSize { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public IReadOnlyDictionary<string, byte[]> Objects => _objects;

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private static string ETag(byte[] content) => "\"" + Convert.ToHexStringLower(MD5.HashData(content)) + "\"";

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await HandleAsync(context);
            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var path = Uri.UnescapeDataString(request.Url!.AbsolutePath.TrimStart('/'));
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? path : path[..slash];
        var key = slash < 0 ? string.Empty : path[(slash + 1)..];
        var query = request.QueryString;
        Requests.Enqueue($"{request.HttpMethod} {bucket}/{key}{request.Url.Query}");
        using var body = new MemoryStream();
        await request.InputStream.CopyToAsync(body);
        var content = DecodeBody(request, body.ToArray());
        var id = bucket + "/" + key;

        switch (request.HttpMethod)
        {
            case "PUT" when query["partNumber"] is { } part:
                var bytes = content;
                _uploads[query["uploadId"]!][int.Parse(part)] = bytes;
                response.AddHeader("ETag", ETag(bytes));
                return;
            case "PUT" when request.Headers["x-amz-copy-source"] is { } source:
                var from = Uri.UnescapeDataString(source.TrimStart('/'));
                if (!_objects.TryGetValue(from, out var copied))
                {
                    await WriteNoSuchKeyAsync(response, from);
                    return;
                }

                _objects[id] = copied;
                await WriteXmlAsync(response, $"<CopyObjectResult><LastModified>2026-03-01T08:15:30.000Z</LastModified><ETag>{ETag(copied)}</ETag></CopyObjectResult>");
                return;
            case "PUT":
                _objects[id] = content;
                _multipartETags.TryRemove(id, out _);
                response.AddHeader("ETag", ETag(_objects[id]));
                return;
            case "POST" when query["uploads"] is not null || request.Url.Query.Contains("uploads", StringComparison.Ordinal) && query["uploadId"] is null:
                var uploadId = Guid.NewGuid().ToString("N");
                _uploads[uploadId] = new SortedDictionary<int, byte[]>();
                await WriteXmlAsync(response, $"<InitiateMultipartUploadResult><Bucket>{bucket}</Bucket><Key>{key}</Key><UploadId>{uploadId}</UploadId></InitiateMultipartUploadResult>");
                return;
            case "POST" when query["uploadId"] is { } completeId:
                var parts = _uploads[completeId];
                _objects[id] = parts.Values.SelectMany(p => p).ToArray();
                // S3's multipart ETag: MD5 of the concatenated part MD5s, a dash, the part count.
                var multipartEtag = "\"" + Convert.ToHexStringLower(MD5.HashData(parts.Values.SelectMany(p => MD5.HashData(p)).ToArray())) + "-" + parts.Count + "\"";
                _multipartETags[id] = multipartEtag;
                await WriteXmlAsync(response, $"<CompleteMultipartUploadResult><Bucket>{bucket}</Bucket><Key>{key}</Key><ETag>{multipartEtag}</ETag></CompleteMultipartUploadResult>");
                return;
            case "GET" when key.Length == 0 && query["list-type"] == "2":
                await WriteListAsync(response, bucket, query["prefix"] ?? string.Empty, query["continuation-token"]);
                return;
            case "GET" or "HEAD":
                if (!_objects.TryGetValue(id, out var stored))
                {
                    await WriteNoSuchKeyAsync(response, id, request.HttpMethod == "HEAD");
                    return;
                }

                response.AddHeader("ETag", _multipartETags.TryGetValue(id, out var multipart) ? multipart : ETag(stored));
                response.ContentLength64 = stored.Length;
                if (request.HttpMethod == "GET")
                {
                    await response.OutputStream.WriteAsync(stored);
                }

                return;
            case "DELETE":
                _objects.TryRemove(id, out _);
                response.StatusCode = 204;
                return;
            default:
                response.StatusCode = 405;
                return;
        }
    }

    /// <summary>Undoes the aws-chunked content encoding (SigV4 streaming) the SDK uses for uploads over plain HTTP.</summary>
    private static byte[] DecodeBody(HttpListenerRequest request, byte[] raw)
    {
        var sha = request.Headers["x-amz-content-sha256"] ?? string.Empty;
        if (!sha.StartsWith("STREAMING-", StringComparison.Ordinal))
        {
            return raw;
        }

        var decoded = new MemoryStream();
        var position = 0;
        while (true)
        {
            var lineEnd = Array.IndexOf(raw, (byte)'\n', position);
            var header = Encoding.ASCII.GetString(raw, position, lineEnd - position).TrimEnd('\r');
            var size = Convert.ToInt32(header.Split(';')[0], 16);
            position = lineEnd + 1;
            if (size == 0)
            {
                break;
            }

            decoded.Write(raw, position, size);
            position += size + 2;
        }

        var expected = long.Parse(request.Headers["x-amz-decoded-content-length"]!);
        if (decoded.Length != expected)
        {
            throw new InvalidDataException($"aws-chunked body decoded to {decoded.Length} bytes, header says {expected}.");
        }

        return decoded.ToArray();
    }

    private async Task WriteListAsync(HttpListenerResponse response, string bucket, string prefix, string? token)
    {
        var keys = _objects.Keys.Where(k => k.StartsWith(bucket + "/" + prefix, StringComparison.Ordinal))
            .Select(k => k[(bucket.Length + 1)..]).Order(StringComparer.Ordinal).ToList();
        var start = token is null ? 0 : int.Parse(token);
        var page = keys.Skip(start).Take(PageSize).ToList();
        var truncated = start + page.Count < keys.Count;
        var xml = new StringBuilder("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">");
        xml.Append($"<Name>{bucket}</Name><Prefix>{prefix}</Prefix><KeyCount>{page.Count}</KeyCount><MaxKeys>{PageSize}</MaxKeys>");
        xml.Append($"<IsTruncated>{(truncated ? "true" : "false")}</IsTruncated>");
        if (truncated)
        {
            xml.Append($"<NextContinuationToken>{start + page.Count}</NextContinuationToken>");
        }

        foreach (var key in page)
        {
            var content = _objects[bucket + "/" + key];
            xml.Append($"<Contents><Key>{key}</Key><LastModified>2026-03-01T08:15:30.000Z</LastModified><ETag>{WebUtility.HtmlEncode(ETag(content))}</ETag><Size>{content.Length}</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }

        xml.Append("</ListBucketResult>");
        await WriteXmlAsync(response, xml.ToString());
    }

    private static async Task WriteNoSuchKeyAsync(HttpListenerResponse response, string key, bool headOnly = false)
    {
        response.StatusCode = 404;
        if (!headOnly)
        {
            await WriteXmlAsync(response, $"<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>{key}</Key><RequestId>4442587FB7D0A2F9</RequestId></Error>");
        }
    }

    private static async Task WriteXmlAsync(HttpListenerResponse response, string xml)
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml);
        response.ContentType = "application/xml";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }
}
