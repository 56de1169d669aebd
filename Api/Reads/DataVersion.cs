using System.Security.Cryptography;
using System.Text;
using Disclosure.Persistence;

namespace Disclosure.Api.Reads;

/// <summary>
/// A number that changes whenever a report is stored or reviewed (whoever writes advances it). Read answers are cached
/// by it, and tagged with <see cref="Tag"/>, so an answer is computed once per change of the data and a polling
/// dashboard gets 304 until then.
/// </summary>
public sealed class DataVersion
{
    // Names this process's own writes: no other process, on this file or on any copy of it, makes the same ones.
    private readonly string _ownWrites = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private long _value;
    private long _started;
    private string _stored = "";

    public long Value => Interlocked.Read(ref _value);

    /// <summary>
    /// Starts from the database's own state, so that tags from before a restart stay valid if nothing changed, and a
    /// tag from another copy of the database (a backup restored in its place) never does.
    /// </summary>
    public void Start(DataGeneration stored)
    {
        _stored = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{stored.Id}\n{stored.NewestRevisionId}\n{stored.NewestRevision}\n{stored.NewestReview}")))[..16];
        Interlocked.Exchange(ref _started, stored.NewestRevisionId);
        Interlocked.Exchange(ref _value, stored.NewestRevisionId);
    }

    public void Advance() => Interlocked.Increment(ref _value);

    /// <summary>
    /// What names the data of <paramref name="value"/> in an ETag: the stored state's fingerprint until this process
    /// writes, then this process's own id and the value. A service restored from a backup and written to again reaches
    /// the same values with other data, but never the same tags.
    /// </summary>
    public string Tag(long value) => value == Interlocked.Read(ref _started) ? _stored : $"{_ownWrites}.{value}";
}
