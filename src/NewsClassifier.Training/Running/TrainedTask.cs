using NewsClassifier.Prediction.Models;
using NewsClassifier.Training.Evaluation;

namespace NewsClassifier.Training.Running;

/// <summary>One model written by <c>train</c>, with its test evaluation when a test file was given.</summary>
public sealed record TrainedTask(string Task, string ModelPath, ModelManifest Manifest, EvaluationResult? Test);
