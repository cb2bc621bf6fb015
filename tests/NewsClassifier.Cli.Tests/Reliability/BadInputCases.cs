using System.IO.Compression;
using System.Text;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Tests.Shared;

namespace NewsClassifier.Cli.Tests.Reliability;

/// <summary>The bad-input suite: every case a user or an operator can hit, with its contract exit code.</summary>
internal static class BadInputCases
{
    private const string Header = "id,title,text,label\n";

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        new("CSV with an unclosed quote (train)", c => Train(c, c.Write("d.csv", Good(20) + "x,\"judul,isi,sport\n")), 3, ["d.csv: row 61 (line 62), column 'title'", "never closed"]),
        new("CSV row with the wrong number of fields (train)", c => Train(c, c.Write("d.csv", Good(20) + "x,judul,isi\n")), 3, ["d.csv: row 61 (line 62)", "wrong number of fields: 3, the header has 4"]),
        new("CSV header missing the label column (train)", c => Train(c, c.Write("d.csv", "id,title,text\n1,a,b\n")), 3, ["d.csv, column 'label': the label column is missing"]),
        new("CSV header missing every text column (train)", c => Train(c, c.Write("d.csv", "id,body,label\n1,a,x\n")), 3, ["d.csv: no text column", "--text"]),
        new("CSV header naming a column twice (train)", c => Train(c, c.Write("d.csv", "id,text,text,label\n1,a,b,x\n")), 3, ["d.csv, column 'text'", "twice"]),
        new("Empty file (train)", c => Train(c, c.Write("d.csv", "")), 3, ["d.csv: file is empty"]),
        new("Header only (train)", c => Train(c, c.Write("d.csv", Header)), 3, ["d.csv: the file has no data rows"]),
        new("Header only (score: nothing to do, an empty output)", c => Score(c, c.Write("in.csv", "id,text\n")), 0, ["read 0, scored 0, rejected 0"], true),
        new("UTF-8 byte order mark (train works)", c => Train(c, c.Write("d.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Good(20))])), 0, []),
        new("CRLF and LF line endings mixed (train works)", c => Train(c, c.Write("d.csv", Good(20).Replace("\n", "\r\n", StringComparison.Ordinal) + "y,judul,isi berita,sport\n")), 0, []),
        new("Invalid UTF-8 bytes (train)", c => Train(c, c.Write("d.csv", [.. Encoding.UTF8.GetBytes(Good(20) + "x,judul,caf"), 0xE9, .. ",sport\n"u8])), 3, ["d.csv: row 61 (line 62), column 'text'", "invalid UTF-8"]),
        new("Invalid UTF-8 bytes (score: rejected)", c => Score(c, c.Write("in.csv", [.. "id,text\n1,gol\n2,caf"u8, 0xE9, .. "\n3,liga\n"u8])), 1, ["rejected 1 rows: invalid UTF-8", "read 3, scored 2, rejected 1"], true),
        new("NUL bytes in the text (train)", c => Train(c, c.Write("d.csv", Good(20) + "x,judul,is\0i,sport\n")), 3, ["d.csv: row 61 (line 62), column 'text'", "NUL"]),
        new("A 10 MB text field (score: cut to the limit, counted)", c => Score(c, c.Write("in.csv", "id,text\n1," + new string('a', 10 * 1024 * 1024) + "\n2,gol\n")), 0, ["1 rows had text longer than the limit", "read 2, scored 2, rejected 0"], true),
        new("A 17 MB field (score: rejected as too large)", c => Score(c, c.Write("in.csv", "id,text\n1," + new string('a', 17 * 1024 * 1024) + "\n2,gol\n")), 1, ["rejected 1 rows: field too large", "read 2, scored 1, rejected 1"], true),
        new("Row with whitespace-only text (train: skipped, counted)", c => Train(c, c.Write("d.csv", Good(20) + "x,\" \",\"  \n \",sport\n")), 0, ["skipped 1 rows with empty text (rows 61)"]),
        new("Row with whitespace-only text (score: rejected)", c => Score(c, c.Write("in.csv", "id,text\n1,gol\n2,\"   \"\n")), 1, ["rejected 1 rows: empty text", "read 2, scored 1, rejected 1"], true),
        new("Label the model never saw (evaluate: errors, named)", c => ["evaluate", "--model", c.ModelPath, "--data", c.Write("t.csv", Header + "1,a,gol liga,weather\n2,b,harga saham,economy\n")], 0, ["1 rows have label 'weather', which the model never saw"]),
        new("Label column with one class only (train)", c => Train(c, c.Write("d.csv", Header + "1,a,satu,sport\n2,b,dua,sport\n")), 3, ["d.csv, column 'label': every row has the same label ('sport')"]),
        new("JSON Lines: a broken line (train)", c => Train(c, c.Write("d.jsonl", "{\"text\": \"a\", \"label\": \"x\"}\n{\"text\": \"b\"\n")), 3, ["d.jsonl: row 2 (line 2): not valid JSON"]),
        new("JSON Lines: a line that is not an object (train)", c => Train(c, c.Write("d.jsonl", "{\"text\": \"a\", \"label\": \"x\"}\n[\"text\", \"y\"]\n")), 3, ["d.jsonl: row 2 (line 2): a JSON array, expected an object"]),
        new("JSON Lines: a field of the wrong type (train)", c => Train(c, c.Write("d.jsonl", "{\"text\": \"a\", \"label\": \"x\"}\n{\"text\": {\"body\": \"b\"}, \"label\": \"y\"}\n")), 3, ["d.jsonl: row 2 (line 2), column 'text': is a JSON object; expected a string"]),
        new("JSON Lines: blank lines (score: passed over, counted)", c => Score(c, c.Write("in.jsonl", "\n{\"id\": 1, \"text\": \"gol\"}\n\n \n{\"id\": 2, \"text\": \"saham\"}\n")), 0, ["passed over 3 blank lines", "read 2, scored 2, rejected 0"], true),
        new("JSON Lines: a row missing its text (score: rejected)", c => Score(c, c.Write("in.jsonl", "{\"id\": 1, \"text\": \"gol\"}\n{\"id\": 2, \"body\": \"saham\"}\n")), 1, ["rejected 1 rows: missing or wrong-typed field", "read 2, scored 1, rejected 1"], true),
        new("A folder given as the data file (train)", c => Train(c, Directory.CreateDirectory(c.File("folder.csv")).FullName), 3, ["folder.csv: is a folder; give a file"]),
        new("A data file that does not exist (train)", c => Train(c, c.File("missing.csv")), 3, ["missing.csv: file not found"]),
        new("An unreadable data file (train)", c => Train(c, Unreadable(c)), 3, ["unreadable.csv", "cannot be read"]),
        new("An unwritable output folder (score)", c => ["score", "--model", c.ModelPath, "--input", c.TestPath, "--output", "/proc/newsclassifier-out.csv"], 5, ["/proc/newsclassifier-out.csv: cannot be written"]),
        new("An output folder that is a file (train)", c => ["train", "--data", c.TestPath, "--label", "label", "--out", Path.Combine(c.Write("blocker", "x"), "m.zip")], 5, ["m.zip: cannot be written"]),
        new("A model file that does not exist (predict)", c => ["predict", "--model", c.File("none.zip"), "gol liga"], 4, ["none.zip: model file not found"]),
        new("A truncated model zip (predict)", c => ["predict", "--model", Truncated(c), "gol liga"], 4, ["truncated.zip: is not a valid zip file: it is truncated or corrupt"]),
        new("A zip that is not a model (info)", c => ["info", "--model", NotAModel(c)], 4, ["other.zip: is a zip but not a NewsClassifier model: it has no newsclassifier.json entry"]),
        new("A model zip missing its manifest (evaluate)", c => ["evaluate", "--model", WithoutManifest(c), "--data", c.TestPath], 4, ["nomanifest.zip: is a zip but not a NewsClassifier model"]),
        new("A manifest from a newer major version (predict)", c => ["predict", "--model", FromTheFuture(c), "gol"], 4, ["future.zip: was written by a newer NewsClassifier (manifest 2.0)"]),
        new("A folder with no model in it (score)", c => ["score", "--model", Directory.CreateDirectory(c.File("empty-models")).FullName, "--input", c.TestPath, "--output", c.File("o.csv")], 4, ["empty-models: folder holds no *.zip model"]),
        new("An option value out of range (score --threads 0)", c => ["score", "--model", c.ModelPath, "--input", c.TestPath, "--output", c.File("o.csv"), "--threads", "0"], 2, ["--threads 0: must be at least 1"]),
        new("An option value that does not parse (train --seed x)", c => ["train", "--data", c.TestPath, "--label", "label", "--out", c.File("m.zip"), "--seed", "x"], 2, ["--seed", "x"]),
        new("An unknown option (score --colour)", c => ["score", "--model", c.ModelPath, "--input", c.TestPath, "--output", c.File("o.csv"), "--colour", "red"], 2, ["Unrecognized command or argument '--colour'"]),
        new("A data file of an unknown type (train)", c => Train(c, c.Write("d.xlsx", "x")), 3, ["d.xlsx: unknown file type '.xlsx': use .csv or .jsonl"]),
        new("Output that would overwrite the input (score)", c => ["score", "--model", c.ModelPath, "--input", c.TestPath, "--output", c.TestPath], 2, ["--output is the same file as --input"]),
    ];

    private static string[] Train(BadInputContext c, string data) => ["train", "--data", data, "--label", "label", "--out", c.File("model.zip")];

    private static string[] Score(BadInputContext c, string input) => ["score", "--model", c.ModelPath, "--input", input, "--output", c.File("out" + Path.GetExtension(input))];

    private static string Good(int perClass) => TinyCorpus.Csv(perClass, seed: 1);

    // Root reads a file whatever its mode bits (CI runs as root), so the unreadable file is a link to a
    // kernel file that refuses reads; for other users, mode 000 does it.
    private static string Unreadable(BadInputContext c)
    {
        var path = c.File("unreadable.csv");
        if (Environment.UserName == "root")
        {
            File.CreateSymbolicLink(path, "/proc/self/mem");
        }
        else if (!OperatingSystem.IsWindows())
        {
            c.Write("unreadable.csv", Header + "1,a,b,c\n");
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        return path;
    }

    private static string Truncated(BadInputContext c)
    {
        var bytes = File.ReadAllBytes(c.ModelPath);
        return c.Write("truncated.zip", bytes[..(bytes.Length / 3)]);
    }

    private static string NotAModel(BadInputContext c)
    {
        var path = c.File("other.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
        writer.Write("not a model");
        return path;
    }

    private static string WithoutManifest(BadInputContext c)
    {
        var path = c.File("nomanifest.zip");
        File.Copy(c.ModelPath, path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry(ModelManifest.EntryName)!.Delete();
        return path;
    }

    private static string FromTheFuture(BadInputContext c)
    {
        var path = c.File("future.zip");
        File.Copy(c.ModelPath, path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(ModelManifest.EntryName)!;
        string json;
        using (var reader = new StreamReader(entry.Open()))
        {
            json = reader.ReadToEnd();
        }

        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(ModelManifest.EntryName).Open());
        writer.Write(json.Replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\"", StringComparison.Ordinal));
        return path;
    }
}
