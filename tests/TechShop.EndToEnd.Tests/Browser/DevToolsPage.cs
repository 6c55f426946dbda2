using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace TechShop.EndToEnd.Tests.Browser;

/// <summary>
/// A headless Chromium and its first page, driven over the DevTools protocol (JSON over a WebSocket): a fresh
/// profile, debugging on 127.0.0.1 at a port the browser picks (read from DevToolsActivePort). Disposing ends the
/// browser this instance started, by its process id.
/// </summary>
internal sealed class DevToolsPage : IAsyncDisposable
{
    private readonly Process _browser;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    private DevToolsPage(Process browser, string profile)
    {
        _browser = browser;
        _profile = profile;
    }

    public static async Task<DevToolsPage> LaunchAsync(string executable, int width, int height, CancellationToken cancellationToken)
    {
        var profile = Path.Combine(Path.GetTempPath(), "techshop-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-breakpad", "--disable-crash-reporter", "--hide-scrollbars", $"--user-data-dir={profile}",
                     "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--window-size={width},{height}", "about:blank",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var browser = Process.Start(start)!;
        browser.BeginErrorReadLine();
        browser.BeginOutputReadLine();
        var page = new DevToolsPage(browser, profile);
        try
        {
            var portFile = Path.Combine(profile, "DevToolsActivePort");
            while (!File.Exists(portFile) || new FileInfo(portFile).Length == 0)
            {
                if (browser.HasExited)
                {
                    throw new InvalidOperationException($"{executable} exited with {browser.ExitCode} before opening its DevTools port.");
                }

                await Task.Delay(50, cancellationToken);
            }

            var port = int.Parse((await File.ReadAllLinesAsync(portFile, cancellationToken))[0], System.Globalization.CultureInfo.InvariantCulture);
            using var http = new HttpClient();
            var targets = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list"), cancellationToken))!.AsArray();
            var target = targets.First(t => t!["type"]!.GetValue<string>() == "page")!;
            await page._socket.ConnectAsync(new Uri(target["webSocketDebuggerUrl"]!.GetValue<string>()), cancellationToken);
            return page;
        }
        catch
        {
            await page.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends one command and returns its <c>result</c>; a protocol error throws with its message.</summary>
    public async Task<JsonNode> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        while (true)
        {
            var reply = await ReceiveAsync(cancellationToken);
            if (reply["id"]?.GetValue<int>() != id)
            {
                continue; // an event, or a reply to nothing we wait for
            }

            if (reply["error"] is { } error)
            {
                throw new InvalidOperationException($"DevTools {method} failed: {error.ToJsonString()}");
            }

            return reply["result"]!;
        }
    }

    /// <summary>Evaluates an expression (awaiting a promise) and returns its value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["awaitPromise"] = true,
            ["returnByValue"] = true,
        }, cancellationToken);
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException($"The page threw: {exception.ToJsonString()}");
        }

        return result["result"]!["value"];
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        if (!_browser.HasExited)
        {
            _browser.Kill(entireProcessTree: true);
            // Not WaitForExitAsync: it also waits for the output pipes, which a helper the browser forked may hold.
            _browser.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _browser.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // The profile is a temporary folder; a file still locked by a dying renderer is harmless.
        }

        return ValueTask.CompletedTask;
    }

    private async Task<JsonNode> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("The browser closed the DevTools connection.");
            }

            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!;
    }
}
