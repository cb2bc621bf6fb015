using System.Runtime.CompilerServices;

namespace NewsClassifier.Prediction.Predicting;

/// <summary>
/// Maps a stream in parallel while keeping input order and bounded memory: items are taken in windows of
/// a fixed size, each window is mapped on all workers, and its results are yielded in order before the
/// next window is read.
/// </summary>
internal static class OrderedParallel
{
    // Large enough that waiting for a window's slowest item costs little, small enough to bound memory.
    private const int ItemsPerWorker = 64;

    public static IEnumerable<TResult> Map<TItem, TResult>(
        IEnumerable<TItem> items, Func<TItem, TResult> map, int degreeOfParallelism, CancellationToken cancellationToken)
    {
        var workers = Math.Max(1, degreeOfParallelism);
        var window = new List<TItem>(workers * ItemsPerWorker);
        foreach (var item in items)
        {
            window.Add(item);
            if (window.Count == window.Capacity)
            {
                foreach (var result in MapWindow(window, map, workers, cancellationToken))
                {
                    yield return result;
                }

                window.Clear();
            }
        }

        foreach (var result in MapWindow(window, map, workers, cancellationToken))
        {
            yield return result;
        }
    }

    public static async IAsyncEnumerable<TResult> MapAsync<TItem, TResult>(
        IAsyncEnumerable<TItem> items,
        Func<TItem, TResult> map,
        int degreeOfParallelism,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var workers = Math.Max(1, degreeOfParallelism);
        var window = new List<TItem>(workers * ItemsPerWorker);
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            window.Add(item);
            if (window.Count == window.Capacity)
            {
                foreach (var result in await Task.Run(() => MapWindow(window, map, workers, cancellationToken), cancellationToken)
                    .ConfigureAwait(false))
                {
                    yield return result;
                }

                window.Clear();
            }
        }

        foreach (var result in MapWindow(window, map, workers, cancellationToken))
        {
            yield return result;
        }
    }

    private static TResult[] MapWindow<TItem, TResult>(
        List<TItem> window, Func<TItem, TResult> map, int workers, CancellationToken cancellationToken)
    {
        var results = new TResult[window.Count];
        if (window.Count <= 1 || workers == 1)
        {
            for (var i = 0; i < window.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = map(window[i]);
            }

            return results;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
        Parallel.For(0, window.Count, options, i => results[i] = map(window[i]));
        return results;
    }
}
