using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace TruongSo.Tests.Infrastructure;

/// <summary>A message as the SMTP server received it, with its subject and text body decoded.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> To, IReadOnlyDictionary<string, string> Headers, string Subject, string Body, string Raw);

/// <summary>
/// A small SMTP server on loopback (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), so the email
/// channel is tested against a real SMTP exchange over TCP. <see cref="RejectNext"/> answers the
/// next MAIL commands with a transient 451, as a busy server does.
/// </summary>
public sealed partial class SmtpTestServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private int rejectNext;
    private int transactions;

    public SmtpTestServer()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    /// <summary>How many MAIL commands arrived (accepted or refused).</summary>
    public int Transactions => Volatile.Read(ref transactions);

    public int RejectNext { get => Volatile.Read(ref rejectNext); set => Volatile.Write(ref rejectNext, value); }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        // Latin-1 keeps every byte as one char, so nothing is lost before the MIME decoding.
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost TruongSo test SMTP");
        string? from = null;
        var to = new List<string>();
        try
        {
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteAsync("250-localhost\r\n250-8BITMIME\r\n250 HELP\r\n");
                        break;
                    case "HELO" or "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RSET":
                        (from, to) = (null, []);
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "MAIL":
                        Interlocked.Increment(ref transactions);
                        if (Interlocked.Decrement(ref rejectNext) >= 0)
                        {
                            await writer.WriteLineAsync("451 4.3.0 Mailbox busy, try again later");
                            break;
                        }
                        Interlocked.Exchange(ref rejectNext, 0);
                        (from, to) = (Address(line), []);
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        to.Add(Address(line));
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var raw = new StringBuilder();
                        while (await reader.ReadLineAsync(stop.Token) is { } data && data != ".")
                        {
                            raw.Append(data.StartsWith("..", StringComparison.Ordinal) ? data[1..] : data).Append("\r\n");
                        }
                        Received.Enqueue(Parse(from ?? "", to, raw.ToString()));
                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("500 Unknown command");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // the client hung up, or the server is stopping
        }
    }

    private static string Address(string line) => AngleAddress().Match(line).Groups[1].Value;

    private static ReceivedMail Parse(string from, List<string> to, string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = UnfoldedHeaders().Replace(raw[..split], " ");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headerText.Split("\r\n"))
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            headers[header[..colon].Trim()] = header[(colon + 1)..].Trim();
        }
        var body = raw[(split + 4)..];
        var encoding = headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").ToLowerInvariant();
        var bytes = encoding switch
        {
            "base64" => Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal)),
            "quoted-printable" => QuotedPrintable(body),
            _ => Encoding.Latin1.GetBytes(body),
        };
        return new ReceivedMail(from, [.. to], headers, DecodeWords(headers.GetValueOrDefault("Subject", "")), Encoding.UTF8.GetString(bytes).TrimEnd('\r', '\n'), raw);
    }

    /// <summary>RFC 2047 encoded words (=?utf-8?B?...?=, =?utf-8?Q?...?=); adjacent words are joined before decoding.</summary>
    private static string DecodeWords(string value)
    {
        var result = new StringBuilder();
        var pending = new List<byte>();
        var charset = Encoding.UTF8;
        var last = 0;
        foreach (Match m in EncodedWord().Matches(value))
        {
            var gap = value[last..m.Index];
            if (pending.Count == 0 || !string.IsNullOrWhiteSpace(gap))
            {
                result.Append(charset.GetString([.. pending])).Append(gap);
                pending.Clear();
            }
            charset = Encoding.GetEncoding(m.Groups[1].Value);
            var text = m.Groups[3].Value;
            pending.AddRange(m.Groups[2].Value is "B" or "b" ? Convert.FromBase64String(text) : QuotedPrintable(text.Replace('_', ' ')));
            last = m.Index + m.Length;
        }
        return result.Append(charset.GetString([.. pending])).Append(value[last..]).ToString();
    }

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        text = text.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }
        return [.. bytes];
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        stop.Dispose();
    }

    [GeneratedRegex("<([^>]*)>")]
    private static partial Regex AngleAddress();

    [GeneratedRegex(@"\r\n[ \t]+")]
    private static partial Regex UnfoldedHeaders();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
