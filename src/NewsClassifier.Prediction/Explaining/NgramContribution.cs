namespace NewsClassifier.Prediction.Explaining;

/// <summary>One n-gram of the article and how much it pushed the model toward the predicted label.</summary>
/// <param name="Ngram">The word, or the character n-gram (with spaces shown as they occur in the text).</param>
/// <param name="IsWord">True for a word n-gram, false for a character n-gram.</param>
/// <param name="Contribution">The class weight times the feature's value in this article; larger pushes harder.</param>
public readonly record struct NgramContribution(string Ngram, bool IsWord, float Contribution);
