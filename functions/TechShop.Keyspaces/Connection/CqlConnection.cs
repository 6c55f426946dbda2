using System.Collections.Concurrent;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Connection;

/// <summary>One multiplexed protocol v4 connection: many requests in flight, matched to responses by stream id.</summary>
public sealed partial class CqlConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly CqlConnectionSettings _settings;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly StreamIdPool _streamIds;
    private readonly TaskCompletionSource<ResponseFrame>?[] _pending;
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _readLoop;
    private volatile CqlConnectionException? _failure;
    private int _disposed;

    private CqlConnection(Stream stream, CqlEndpoint endpoint, CqlConnectionSettings settings)
    {
        _stream = stream;
        _settings = settings;
        Endpoint = endpoint;
        _streamIds = new StreamIdPool(settings.MaxRequestsPerConnection);
        _pending = new TaskCompletionSource<ResponseFrame>?[settings.MaxRequestsPerConnection];
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>The node this connection talks to.</summary>
    public CqlEndpoint Endpoint { get; }

    /// <summary>False once the connection has failed or been disposed.</summary>
    public bool IsOpen => _failure is null;

    /// <summary>Prepared ids known to this connection's node, by query text.</summary>
    internal ConcurrentDictionary<string, byte[]> PreparedIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Sends a request frame and returns its RESULT, throwing the typed exception of an ERROR.</summary>
    public async Task<CqlResult> RequestAsync(byte[] frame, CancellationToken cancellationToken)
    {
        var response = await SendAsync(frame, cancellationToken).ConfigureAwait(false);
        return response.Header.Opcode switch
        {
            Opcode.Result => CqlResultParser.Parse(response),
            Opcode.Error => throw CqlErrorParser.Parse(response),
            _ => throw new CqlProtocolViolationException($"expected RESULT or ERROR, got {response.Header.Opcode}"),
        };
    }

    /// <summary>Sends a request frame (its stream id is stamped here) and waits for the matching response.</summary>
    public async Task<ResponseFrame> SendAsync(byte[] frame, CancellationToken cancellationToken)
    {
        ThrowIfFailed();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_settings.RequestTimeout);
        short stream;
        try
        {
            stream = await _streamIds.RentAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut("waiting for a free stream id");
        }

        // The id goes back to the pool only when its response arrives, so a late answer never reaches a new request.
        var pending = new TaskCompletionSource<ResponseFrame>(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _pending[stream], pending);
        if (_failure is { } failure)
        {
            pending.TrySetException(failure);
        }

        var written = false;
        try
        {
            CqlRequests.StampStream(frame, stream);
            await WriteFrameAsync(frame, timeout.Token).ConfigureAwait(false);
            written = true;
            return await pending.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut($"waiting for the response on stream {stream}");
        }
        finally
        {
            // A frame that never reached the wire gets no answer: take its id back here.
            if (!written && _failure is null && Interlocked.CompareExchange(ref _pending[stream], null, pending) == pending)
            {
                _streamIds.Return(stream);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Fail(new CqlConnectionException($"connection to {Endpoint} was closed by the client"));
        await _closing.CancelAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
        try
        {
            await _readLoop.ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The read loop ends by failing; its failure is already recorded.
        }

        _closing.Dispose();
        _writeLock.Dispose();
        _streamIds.Dispose();
    }

    private async Task WriteFrameAsync(byte[] frame, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfFailed();
            await _stream.WriteAsync(frame, CancellationToken.None).ConfigureAwait(false);
            await _stream.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            var failure = new CqlConnectionException($"writing to {Endpoint} failed: {e.Message}", e);
            Fail(failure);
            throw failure;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        var headerBytes = new byte[FrameHeader.Size];
        try
        {
            while (true)
            {
                await _stream.ReadExactlyAsync(headerBytes, _closing.Token).ConfigureAwait(false);
                var header = FrameHeader.ReadResponse(headerBytes);
                var body = new byte[header.BodyLength];
                await _stream.ReadExactlyAsync(body, _closing.Token).ConfigureAwait(false);
                if (header.Stream < 0)
                {
                    continue; // EVENT frames: this client does not REGISTER, so there is nothing to route them to.
                }

                Deliver(header, body);
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException or OperationCanceledException)
        {
            Fail(new CqlConnectionException($"connection to {Endpoint} closed: {e.Message}", e));
        }
        catch (CqlException e)
        {
            Fail(new CqlConnectionException($"connection to {Endpoint} dropped after a bad frame: {e.Message}", e));
        }
        catch (Exception e)
        {
            // Whatever ends the read loop must fail the waiting requests, or they would wait for their timeout.
            Fail(new CqlConnectionException($"connection to {Endpoint} failed: {e.Message}", e));
        }
    }

    private void Deliver(FrameHeader header, byte[] body)
    {
        if (header.Stream >= _pending.Length || Interlocked.Exchange(ref _pending[header.Stream], null) is not { } pending)
        {
            throw new CqlProtocolViolationException($"response on stream {header.Stream}, which has no request in flight");
        }

        _streamIds.Return(header.Stream);
        try
        {
            pending.TrySetResult(ResponseFrame.Create(header, body));
        }
        catch (CqlException e)
        {
            pending.TrySetException(e);
        }
    }

    private void Fail(CqlConnectionException failure)
    {
        if (Interlocked.CompareExchange(ref _failure, failure, null) is not null)
        {
            return;
        }

        for (var i = 0; i < _pending.Length; i++)
        {
            Interlocked.Exchange(ref _pending[i], null)?.TrySetException(failure);
        }
    }

    private void ThrowIfFailed()
    {
        if (_failure is { } failure)
        {
            throw new CqlConnectionException(failure.Message, failure);
        }
    }

    private CqlRequestTimeoutException TimedOut(string what) =>
        new($"no answer from {Endpoint} within {_settings.RequestTimeout.TotalMilliseconds:0} ms ({what})");
}
