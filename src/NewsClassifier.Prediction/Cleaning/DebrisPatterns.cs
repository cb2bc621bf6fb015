using System.Text.RegularExpressions;

namespace NewsClassifier.Prediction.Cleaning;

/// <summary>
/// The recurring shapes of scraped-page debris, in Indonesian and English. Each pattern describes a kind
/// of line (a prompt, a credit, a relative time), not any one site's wording of it.
/// </summary>
internal static partial class DebrisPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Links to other stories and reading prompts: "Baca Juga: …", "Read more: …", "Lihat juga".</summary>
    [GeneratedRegex(
        @"^[\s•·\-–>»]*(baca|simak|lihat|tonton|cek)\s+(juga|pula|selengkapnya|berita\s+lainnya)\b|^[\s•·\-–>»]*(read|see|watch)\s+(more|also|next)\b|^[\s•·\-–>»]*(also\s+read|related(\s+(articles?|stories|news))?|berita\s+terkait|artikel\s+terkait)\s*[:\-–]|^[\s•·\-–>»]*(more\s+from|recommended(\s+for\s+you)?|rekomendasi)\s*[:\-–]?\s*$",
        Options)]
    public static partial Regex ReadAlso();

    /// <summary>
    /// A heading after which a page lists other stories: "Artikel Asli", "Lanjut baca:", "TERBARU",
    /// "Berita Terkait", "Related stories", "Pilihan Editor".
    /// </summary>
    [GeneratedRegex(
        @"^[\s•·\[\(]*(artikel\s+asli|lanjut\s+baca(ca)?|berita\s+(terkait|lainnya|terbaru|populer|pilihan)|artikel\s+(terkait|lainnya)|terbaru|terpopuler|populer|trending|pilihan\s+editor|editor'?s\s+picks?|video\s+pilihan|baca\s+juga|read\s+(more|next|also)|related(\s+(articles?|stories|news|content))?|more\s+(stories|from\b.*)|recommended(\s+for\s+you)?|rekomendasi(\s+untuk\s+anda)?|top\s+stories|most\s+(read|popular))[\s\]\)\.:!]*$",
        Options)]
    public static partial Regex EndMarker();

    /// <summary>Navigation, comment, share, subscription and cookie prompts; page furniture such as "thumb".</summary>
    [GeneratedRegex(
        @"^[\s•·\[\(]*(berikan\s+komentar(\s+anda)?|tulis\s+komentar|lanjutkan\s+membaca|baca\s+selengkapnya|komentar|bagikan(\s+(artikel|berita)(\s+ini)?)?|share(\s+(this|on)\b.*)?|tweet|whatsapp|salin\s+(link|tautan)|copy\s+link|berhasil\s+disimpan|simpan|ikuti\s+kami\b.*|follow\s+us\b.*|subscribe\b.*|langganan\b.*|berlangganan\b.*|sign\s+up\b.*|newsletter\b.*|download\s+(the\s+)?app\b.*|unduh\s+aplikasi\b.*|advertisement|iklan|sponsored|scroll\s+to\s+continue.*|gulir\s+untuk\s+melanjutkan.*|loading\.*|memuat\.*|thumb(nail)?|cover\s+berita|banner\b.*|halaman\s+(selanjutnya|berikutnya)|next\s+page|previous|print|cetak|x|×|close|tutup|menu|home|beranda|login|masuk|daftar|search|cari|media\s+playback\s+is\s+unsupported.*|image\s+(copyright|caption)\b.*|all\s+rights\s+reserved.*|hak\s+cipta.*|copyright\b.*|©.*)[\s\]\)\.:!]*$",
        Options)]
    public static partial Regex Prompt();

    /// <summary>Cookie and consent banners.</summary>
    [GeneratedRegex(@"\bcookies?\b.*\b(accept|agree|consent|setuju|terima|privacy|privasi|kebijakan)\b|\b(we|kami)\s+(use|menggunakan)\s+cookies?\b", Options)]
    public static partial Regex Cookie();

    /// <summary>A relative time at the start of a short line: "• 5 jam lalu", "2 hours ago", "kemarin".</summary>
    [GeneratedRegex(
        @"^[\s•·\-–|]*(\d+\s*(detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s*(yang\s*)?lalu|\d+\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s*ago|baru\s+saja|just\s+now|kemarin|yesterday)",
        Options)]
    public static partial Regex RelativeTime();

    /// <summary>Credit lines: "Sumber: Reuters | Editor: …", "Penulis: …", "(Reporting by …; Editing by …)".</summary>
    [GeneratedRegex(
        @"^[\s\(]*(sumber|source)\s*:\s*(\S+(\s+\S+){0,3}\s*$|[^|]*\|)|^[\s\(]*(editor|penulis|reporter|pewarta|penyunting|redaktur|kontributor|author|writer|written\s+by|laporan|foto|photo|video|grafis|infografis)\s*:|^[\s\(]*(reporting|writing|editing)\s+by\b|^[\s\(]*(oleh|by)\s*:",
        Options)]
    public static partial Regex Credit();

    /// <summary>Photo captions: "ILUSTRASI. …", "Foto: …", or a line ending with an agency's photo credit.</summary>
    [GeneratedRegex(
        @"^[\s\(]*(ilustrasi|illustration|keterangan\s+foto|caption|gambar|image)\s*[\.:]|(via\s+reuters|reuters/[^\s]+|antara\s+foto/[^\s]*|afp\s+photo|ap\s+photo|getty\s+images|shutterstock|istockphoto|\((foto|photo|dok)[\.:][^)]*\))[^.]{0,40}$",
        Options)]
    public static partial Regex Caption();

    /// <summary>A dateline of its own: "Jumat, 09 Februari 2024 / 06:31 WIB", "Monday 5 May 2025 10:00 GMT".</summary>
    [GeneratedRegex(
        @"^(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)?[\s,]*\d{1,2}[\s/\-]+(\d{1,2}|[a-z]+)[\s/\-]+\d{2,4}([\s/,|\-]+\d{1,2}[:.]\d{2}(\s*(wib|wita|wit|gmt|utc|am|pm))?)?[\s|]*$",
        Options)]
    public static partial Regex DateLine();

    /// <summary>A bare site name or address: "kontan.co.id", "www.example.com/news".</summary>
    [GeneratedRegex(@"^(https?://)?(www\.)?[a-z0-9\-]+(\.[a-z0-9\-]+)*\.(com|co\.id|id|net|org|co|tv|news|info|co\.uk|io)(/\S*)?$", Options)]
    public static partial Regex SiteName();

    /// <summary>Newsroom initials at the end of an article: "(rhm)", "[tsr]", "(ant/zdm)".</summary>
    [GeneratedRegex(@"\s*[\[\(][a-z]{2,5}(/[a-z]{2,5}){0,3}[\]\)]\s*$")]
    public static partial Regex InitialsTag();

    /// <summary>A number as tickers print it: "1.533.000", "-0,26%", "+1.2".</summary>
    [GeneratedRegex(@"^[\-+]?\d[\d.,]*%?$|^[\-+]?[\d.,]+%$")]
    public static partial Regex Number();

    /// <summary>
    /// A dateline that opens the first paragraph: "Jakarta, CNN Indonesia --", "KONTAN.CO.ID - MOSKOW.",
    /// "JAKARTA (Pos Kota) –", "Suara.com -": up to six capitalised words, a site name or a bracketed
    /// agency, then a spaced dash.
    /// </summary>
    [GeneratedRegex(
        @"^((?:[A-Z][\w.'’]*|[a-z][\w\-]*\.(?:com|co\.id|id|net)|\([^)]{2,30}\))[,]?\s+){0,5}(?:[A-Z][\w.'’]*|[a-z][\w\-]*\.(?:com|co\.id|id|net)|\([^)]{2,30}\))\s+(?:--|-|–|—)\s+(?:[A-Z]{3,}(?:\s[A-Z]{3,})*\.\s+)?(?=\S)")]
    public static partial Regex OpeningDateline();

    /// <summary>A relative time with a site name glued on, as link lists print them: "11 jam laluliputan6.com".</summary>
    [GeneratedRegex(@"(lalu|ago)\s*[a-z0-9\-]+\.(com|co\.id|id|net|org|co|tv)\s*$", Options)]
    public static partial Regex SiteNameSuffix();
}
