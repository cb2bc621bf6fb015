using System.Text;

namespace NewsClassifier.Training.Data;

/// <summary>
/// Best-effort reading of a record that CsvHelper reported as malformed, only to say which field is at
/// fault and to recover the row's id for the rejects file. Well-formed records never come here.
/// </summary>
internal static class CsvRawRecord
{
    /// <summary>The record's fields as far as they can be told apart, and the index of the first bad one (-1 if none).</summary>
    public static (IReadOnlyList<string> Fields, int BadField) Split(string raw, char separator = ',')
    {
        var fields = new List<string>();
        var badField = -1;
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < raw.Length && raw[i] == '"')
            {
                i++;
                var closed = false;
                while (i < raw.Length)
                {
                    if (raw[i] == '"')
                    {
                        if (i + 1 < raw.Length && raw[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        closed = true;
                        i++;
                        break;
                    }

                    field.Append(raw[i++]);
                }

                if (!closed || (i < raw.Length && raw[i] != separator))
                {
                    badField = badField < 0 ? fields.Count : badField;
                }

                while (i < raw.Length && raw[i] != separator)
                {
                    field.Append(raw[i++]);
                }
            }
            else
            {
                while (i < raw.Length && raw[i] != separator)
                {
                    if (raw[i] == '"' && badField < 0)
                    {
                        badField = fields.Count;
                    }

                    field.Append(raw[i++]);
                }
            }

            fields.Add(field.ToString());
            if (i >= raw.Length)
            {
                return (fields, badField);
            }

            i++; // the separator
        }
    }
}
