namespace NewsClassifier.Prediction.Models;

/// <summary>Precision, recall and F1 of one label, and how many rows truly carry it.</summary>
public sealed record ClassMetrics(double Precision, double Recall, double F1, int Support);
