"""Reads the IndoSum rows from ../shared/datasets/indosum and derives a headline from each id slug."""
import csv
import pathlib

INDOSUM = pathlib.Path(__file__).resolve().parents[3] / "shared" / "datasets" / "indosum"
SLUG_LIMIT = 50  # IndoSum cuts id slugs at 50 characters, often mid-word.


def title_from_id(article_id):
    """'1471852823-belum-sebulan-penjualan' -> 'Belum sebulan penjualan'.

    IndoSum stores no headline, but the id slug is the outlet's headline in lower case. A slug of
    exactly the limit length was cut mid-word, so its last word is dropped rather than kept broken.
    """
    slug = article_id.split("-", 1)[1] if "-" in article_id else ""
    words = [w for w in slug.split("-") if w]
    if len(slug) >= SLUG_LIMIT and len(words) > 1:
        words = words[:-1]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def read_rows():
    """Every row of train.csv and test.csv, each with the file it came from."""
    rows = []
    for split in ("train", "test"):
        with open(INDOSUM / f"{split}.csv", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                row["indosum_split"] = split
                row["title"] = title_from_id(row["id"])
                rows.append(row)
    return rows
