namespace NewsClassifier.Training.Data;

/// <summary>Why a row cannot be used as it is.</summary>
public enum RowProblemKind
{
    /// <summary>The text columns are empty or only whitespace.</summary>
    EmptyText,

    /// <summary>Bad quoting, a wrong number of fields, or a line that is not JSON.</summary>
    Malformed,

    /// <summary>The bytes are not valid UTF-8, or hold NUL characters.</summary>
    InvalidEncoding,

    /// <summary>A field is larger than the reader accepts.</summary>
    FieldTooLarge,

    /// <summary>A JSON Lines object lacks a needed field or has one of the wrong type.</summary>
    WrongField,
}
