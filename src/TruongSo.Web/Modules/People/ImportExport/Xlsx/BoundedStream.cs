namespace TruongSo.Web.Modules.People.ImportExport.Xlsx;

/// <summary>
/// Reads an inflating zip entry and stops at a byte budget, whatever the entry's header claims:
/// the declared size of a zip entry is written by whoever made the file.
/// </summary>
internal sealed class BoundedStream(Stream inner, long limit, string partName) : Stream
{
    private long read;

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    private int Count(int n)
    {
        read += n;
        if (read > limit)
        {
            throw new XlsxException($"Phần '{partName}' của tệp khi giải nén vượt giới hạn {XlsxLimits.Megabytes(limit)} MB: tệp bị từ chối (có thể là tệp nén bất thường).");
        }
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
