namespace NewsClassifier.Prediction.Cleaning;

/// <summary>One line of a page while it is being cleaned: its text and, once judged debris, the rule that removed it.</summary>
internal sealed class PageLine(int number, string text)
{
    public int Number { get; } = number;

    public string Text { get; set; } = text;

    public string? RemovedBy { get; private set; }

    public bool IsKept => RemovedBy is null && Text.Length > 0;

    public bool IsBlank => Text.Length == 0;

    public void Remove(string rule) => RemovedBy ??= rule;
}
