using Microsoft.ML;
using Microsoft.ML.Data;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Prediction.Featurizing;

/// <summary>
/// The input of a model whose text is featurized by <see cref="NgramFeaturizer"/>: one Features column,
/// a float vector as long as the featurizer's vocabulary (known only when the model is trained or loaded).
/// </summary>
public static class FeatureSchema
{
    /// <summary>The ML.NET schema with the Features column of <paramref name="featureCount"/> slots.</summary>
    public static DataViewSchema Build(int featureCount)
    {
        var builder = new DataViewSchema.Builder();
        builder.AddColumn(ModelColumns.Features, new VectorDataViewType(NumberDataViewType.Single, featureCount));
        return builder.ToSchema();
    }

    /// <summary>The schema definition that maps <typeparamref name="T"/>'s Features property to a vector of that size.</summary>
    public static SchemaDefinition Definition<T>(int featureCount)
    {
        var definition = SchemaDefinition.Create(typeof(T));
        definition[ModelColumns.Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return definition;
    }
}
