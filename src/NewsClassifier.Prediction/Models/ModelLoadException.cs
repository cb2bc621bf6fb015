namespace NewsClassifier.Prediction.Models;

/// <summary>A model file is missing, unreadable, corrupt, or not a NewsClassifier model.</summary>
public sealed class ModelLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public ModelLoadException(string path, string message, Exception? inner = null)
        : base($"{path}: {message}", inner) => Path = path;

    /// <summary>Creates the exception with a message only.</summary>
    public ModelLoadException(string message)
        : base(message) => Path = "";

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ModelLoadException(string message, Exception inner)
        : base(message, inner) => Path = "";

    /// <summary>Creates the exception with no message.</summary>
    public ModelLoadException()
        : this("model could not be loaded")
    {
    }

    /// <summary>The model file or folder that could not be loaded.</summary>
    public string Path { get; }
}
