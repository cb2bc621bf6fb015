"""The label sets of ../shared/labels.md, read from the codebook itself so they never drift."""
import pathlib
import re

CODEBOOK = pathlib.Path(__file__).resolve().parents[3] / "shared" / "labels.md"


def label_sets(path=CODEBOOK):
    """Returns {"topic": [...], "frame": [...], "tone": [...]} from the codebook's tables."""
    sets, task = {}, None
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (\w+) —", line)
        if heading:
            task = heading.group(1)
            sets[task] = []
            continue
        row = re.match(r"^\| ([a-z][a-z-]*) \|", line)
        if task and row and row.group(1) != "label":
            sets[task].append(row.group(1))
    return {t: v for t, v in sets.items() if t in ("topic", "frame", "tone")}


if __name__ == "__main__":
    for task, labels in label_sets().items():
        print(task, len(labels), " ".join(labels))
