using System.Collections.Concurrent;

namespace TruongSo.Web.Modules.People.ImportExport.Xlsx;

/// <summary>
/// Runs a row source (inflating and parsing the sheet's XML) on a worker thread and hands its rows
/// over in batches, so that reading the file and checking the rows it has already given overlap on
/// two cores. The source's exceptions (an <see cref="XlsxException"/> for a bad file) come out of
/// the consuming loop; if the consumer stops early, the worker is stopped and waited for before
/// the caller disposes what the source reads from.
/// </summary>
internal static class ReadAhead
{
    private const int Batch = 256;

    public static IEnumerable<T> Of<T>(IEnumerable<T> source, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var batches = new BlockingCollection<List<T>>(boundedCapacity: 16);
        var worker = Task.Run(() => Produce(source, batches, stop.Token), stop.Token);
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable(stop.Token))
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }
            worker.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            try
            {
                worker.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Already surfaced above, or the consumer is leaving with its own exception.
            }
        }
    }

    private static void Produce<T>(IEnumerable<T> source, BlockingCollection<List<T>> batches, CancellationToken ct)
    {
        try
        {
            var batch = new List<T>(Batch);
            foreach (var item in source)
            {
                batch.Add(item);
                if (batch.Count == Batch)
                {
                    batches.Add(batch, ct);
                    batch = new List<T>(Batch);
                }
            }
            if (batch.Count > 0)
            {
                batches.Add(batch, ct);
            }
        }
        finally
        {
            batches.CompleteAdding();
        }
    }
}
