using NewsClassifier.Training.Pipelines;

namespace NewsClassifier.Training.Search;

/// <summary>One configuration the automatic search may try, with its cost relative to the default.</summary>
internal sealed record SearchCandidateSpec(TrainerKind Trainer, FeaturizationPreset Featurization, double RelativeCost)
{
    public string Name => $"{Trainer.Name}+{Featurization.Name}";
}
