using System.Buffers.Binary;
using System.Security.Cryptography;

namespace TruongSo.Web.Platform.Data;

/// <summary>
/// UUIDv7 ids for rows made by the hundred (a sheet's marks and results): Guid.CreateVersion7 asks the
/// kernel for random bytes on every call (getrandom(2) through glibc's arc4random), ~800 system calls a
/// sheet's save once every Mark materialised drew one. Here each thread draws fresh random bits once per
/// millisecond and counts up in rand_a within it (RFC 9562 §6.2, method 1: a 12-bit counter seeded at
/// random), so ids stay unique across threads and processes by their 62 random bits and sort by time.
/// </summary>
public static class Uuid7
{
    [ThreadStatic] private static State? state;

    public static Guid Next()
    {
        var s = state ??= new State();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        if (now > s.Millisecond || s.Counter >= 0xFFF)
        {
            // A new millisecond (or a spent counter, which moves on to the next one): new random bits.
            s.Millisecond = Math.Max(now, s.Counter >= 0xFFF ? s.Millisecond + 1 : now);
            RandomNumberGenerator.Fill(s.Random);
            s.Counter = BinaryPrimitives.ReadUInt16BigEndian(s.Random) & 0x7FF; // half the range left to count in
        }
        else
        {
            s.Counter++;
        }
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, s.Millisecond << 16);
        BinaryPrimitives.WriteUInt16BigEndian(bytes[6..], (ushort)(0x7000 | s.Counter));
        s.Random.AsSpan(2, 8).CopyTo(bytes[8..]);
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // the RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }

    private sealed class State
    {
        public long Millisecond = -1;
        public int Counter;
        public readonly byte[] Random = new byte[10];
    }
}
