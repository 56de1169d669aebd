namespace Disclosure.Api.Features.Reads;

/// <summary>
/// A number that changes whenever a report is stored. Read answers are cached and tagged with it, so an
/// answer is computed once per change of the data and a polling dashboard gets 304 until then.
/// </summary>
public sealed class DataVersion
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    /// <summary>Starts from the database's own version, so tags from before a restart stay valid only if nothing changed.</summary>
    public void Start(long stored) => Interlocked.Exchange(ref _value, stored);

    public void Advance() => Interlocked.Increment(ref _value);
}
