namespace Disclosure.Api.Reads;

/// <summary>
/// Writes bytes to a response a slice at a time. Kestrel copies whatever one write gives it into its own buffers
/// before it waits for the client, so one write of megabytes to a slow client holds megabytes for that connection;
/// a slice at a time holds one slice.
/// </summary>
public static class ResponseSlices
{
    public const int Size = 64 * 1024;

    public static async Task WriteAsync(Stream body, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        for (var at = 0; at < bytes.Length; at += Size)
            await body.WriteAsync(bytes.Slice(at, Math.Min(Size, bytes.Length - at)), cancellationToken);
    }
}
