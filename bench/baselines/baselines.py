"""Majority-class and keyword baselines for the default models' held-out split.

Usage: /usr/bin/python3 bench/baselines/baselines.py [TRAIN.csv HELDOUT.csv]
Prints, per task, the held-out macro-F1 and accuracy of:
- majority: always the most frequent label of the training split;
- keywords: hand-written Indonesian/English cue words per label (below); the label whose cues occur
  most often wins, ties and no hit fall back to the majority label.
These are the baselines the README compares the trained frame and tone models against.
"""
import csv
import re
import sys
from collections import Counter

FRAME_CUES = {
    "crime-punishment": ["ditangkap", "tersangka", "polisi", "penjara", "vonis", "hukuman", "pidana", "kpk", "korupsi",
                         "terdakwa", "jaksa", "diperiksa", "penyidik", "suap", "narkoba", "pembunuhan", "pencurian"],
    "economic": ["harga", "rupiah", "ekonomi", "investasi", "saham", "pasar", "penjualan", "pendapatan", "miliar",
                 "triliun", "bisnis", "perusahaan", "ekspor", "impor", "laba", "pertumbuhan"],
    "health-safety": ["kesehatan", "penyakit", "korban", "luka", "rumah sakit", "dokter", "cedera", "tewas",
                      "meninggal", "keselamatan", "gejala", "obat", "virus"],
    "legality": ["undang-undang", "gugatan", "konstitusi", "mahkamah", "praperadilan", "peraturan", "hukum",
                 "pasal", "putusan", "uji materi", "kewenangan", "izin"],
    "policy": ["kebijakan", "program", "regulasi", "rencana", "pemerintah", "menteri", "target", "pembangunan"],
    "political": ["partai", "pilkada", "pemilu", "calon", "koalisi", "kampanye", "pilgub", "dpr", "fraksi",
                  "elektabilitas", "pasangan"],
    "security-defense": ["teroris", "terorisme", "tni", "militer", "keamanan", "bom", "senjata", "densus",
                         "rudal", "nuklir", "pasukan", "isis"],
    "external-relations": ["bilateral", "diplomatik", "kedutaan", "duta besar", "kerja sama", "hubungan",
                           "luar negeri", "sanksi", "pbb", "presiden as", "asean"],
    "cultural-identity": ["budaya", "tradisi", "adat", "warisan", "kebudayaan", "batik", "identitas", "nasionalisme"],
    "morality": ["moral", "etika", "akhlak", "dosa", "haram", "pelecehan", "tidak pantas"],
    "fairness-equality": ["diskriminasi", "hak asasi", "kesetaraan", "ketidakadilan", "perempuan", "rasis", "ham"],
    "quality-of-life": ["warga", "macet", "kemacetan", "banjir", "penumpang", "perjalanan", "nyaman", "mudik"],
    "capacity-resources": ["kekurangan", "anggaran", "stok", "ketersediaan", "kapasitas", "tenaga", "pasokan"],
    "public-opinion": ["survei", "warganet", "netizen", "unjuk rasa", "demo", "aksi", "petisi", "jajak pendapat"],
}

TONE_CUES = {
    "positive": ["berhasil", "juara", "menang", "sukses", "meningkat", "bangga", "prestasi", "terbaik", "raih",
                 "senang", "bahagia", "unggul", "rekor", "apresiasi", "positif", "lancar", "resmi"],
    "negative": ["tewas", "korban", "gagal", "kalah", "korupsi", "tersangka", "ditangkap", "kecelakaan", "meninggal",
                 "cedera", "kritik", "menolak", "turun", "rugi", "bencana", "banjir", "kecewa", "buruk", "ancam"],
}

TOPIC_CUES = {
    "sport": ["pertandingan", "gol", "pelatih", "liga", "juara", "pemain", "klub", "timnas", "laga", "balapan"],
    "arts-culture-entertainment": ["film", "musik", "penyanyi", "artis", "album", "aktris", "aktor", "konser", "lagu"],
    "crime-law-justice": ["polisi", "tersangka", "kpk", "korupsi", "ditangkap", "pengadilan", "jaksa", "hakim"],
    "economy-business-finance": ["harga", "rupiah", "saham", "investasi", "perusahaan", "penjualan", "bank", "ekonomi"],
    "politics": ["partai", "presiden", "pilkada", "dpr", "menteri", "gubernur", "pemilu", "politik"],
    "science-technology": ["aplikasi", "smartphone", "teknologi", "internet", "google", "android", "startup", "data"],
    "lifestyle-leisure": ["wisata", "makanan", "kuliner", "tips", "fesyen", "liburan", "resep"],
    "health": ["kesehatan", "penyakit", "dokter", "obat", "gejala", "tubuh"],
    "disaster-accident-emergency": ["kecelakaan", "gempa", "banjir", "kebakaran", "longsor", "korban"],
    "conflict-war-peace": ["teroris", "isis", "perang", "militer", "serangan", "bom"],
}


def tokens_of(text):
    return re.findall(r"[a-z0-9\-]+", text.lower())


def count_cues(text, cues):
    lowered = " " + " ".join(tokens_of(text)) + " "
    return {label: sum(lowered.count(" " + cue + " ") for cue in words) for label, words in cues.items()}


def keyword_predict(text, cues, fallback):
    counts = count_cues(text, cues)
    best = max(counts.values(), default=0)
    winners = [label for label, count in counts.items() if count == best]
    return winners[0] if best > 0 and len(winners) == 1 else fallback


def macro_f1(truth, predicted):
    labels = sorted(set(truth) | set(predicted))
    scores = []
    for label in labels:
        tp = sum(t == p == label for t, p in zip(truth, predicted))
        predicted_n = sum(p == label for p in predicted)
        true_n = sum(t == label for t in truth)
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / true_n if true_n else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main(train_path, heldout_path):
    train, heldout = read(train_path), read(heldout_path)
    texts = [(r["title"] + "\n\n" + r["text"]) for r in heldout]
    cues = {"topic": TOPIC_CUES, "frame": FRAME_CUES, "tone": TONE_CUES}
    print("| task | baseline | macro-F1 | accuracy |")
    print("| --- | --- | ---: | ---: |")
    for task in ("topic", "frame", "tone"):
        truth = [r[task] for r in heldout]
        majority = Counter(r[task] for r in train).most_common(1)[0][0]
        for name, predicted in (
            ("majority", [majority] * len(truth)),
            ("keywords", [keyword_predict(t, cues[task], majority) for t in texts]),
        ):
            accuracy = sum(t == p for t, p in zip(truth, predicted)) / len(truth)
            print(f"| {task} | {name} | {macro_f1(truth, predicted):.4f} | {accuracy:.4f} |")


if __name__ == "__main__":
    args = sys.argv[1:] or ["training-data/train.csv", "training-data/heldout.csv"]
    main(*args)
