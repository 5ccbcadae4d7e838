#!/usr/bin/env python3
"""Grows the dataset for scale tests (issue 14): copies data/ to OUT and repeats every presence
(with its status changes and citations) PRESENCE_FACTOR times and every event EVENT_FACTOR times,
each copy with its own id (suffix -G<n>) and its point moved by up to 0.02 degrees, so that the
importer, the API and the map handle the volume a larger dataset would bring. Deterministic (seeded).

    tools/scale-data/grow.py OUT [PRESENCE_FACTOR=50] [EVENT_FACTOR=200]
    ATLAS_DATA=OUT ./mvnw spring-boot:run     # or --atlas.data.dir=OUT
"""
import csv
import random
import shutil
import sys
from pathlib import Path

root = Path(__file__).resolve().parents[2] / "data"
out = Path(sys.argv[1])
presence_factor = int(sys.argv[2]) if len(sys.argv) > 2 else 50
event_factor = int(sys.argv[3]) if len(sys.argv) > 3 else 200
rng = random.Random(14)

if out.exists():
    shutil.rmtree(out)
shutil.copytree(root, out)


def read(name):
    with open(root / name, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def write(name, fields, rows):
    with open(out / name, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def moved(row):
    row["lat"] = f"{max(-89.9, min(89.9, float(row['lat']) + rng.uniform(-0.02, 0.02))):.4f}"
    row["lon"] = f"{max(-179.9, min(179.9, float(row['lon']) + rng.uniform(-0.02, 0.02))):.4f}"
    return row


renamed = {}  # old fact id -> list of copy ids, for the citations

fields, presences = read("presence.csv")
grown = list(presences)
for n in range(1, presence_factor):
    for p in presences:
        copy = moved(dict(p, id=f"{p['id']}-G{n}", name=f"{p['name']} (copy {n})"))
        renamed.setdefault(p["id"], []).append(copy["id"])
        grown.append(copy)
write("presence.csv", fields, grown)

fields, history = read("presence_history.csv")
grown = list(history)
for n in range(1, presence_factor):
    for h in history:
        copy = dict(h, id=f"{h['id']}-G{n}", presence=f"{h['presence']}-G{n}")
        renamed.setdefault(h["id"], []).append(copy["id"])
        grown.append(copy)
write("presence_history.csv", fields, grown)

fields, events = read("events.csv")
grown = list(events)
for n in range(1, event_factor):
    for e in events:
        copy = moved(dict(e, id=f"{e['id']}-G{n}", name=f"{e['name']} (copy {n})"))
        renamed.setdefault(e["id"], []).append(copy["id"])
        grown.append(copy)
write("events.csv", fields, grown)

for name in ("citations/presence-corridors.csv", "citations/alignment-events.csv"):
    fields, citations = read(name)
    grown = list(citations)
    for c in citations:
        for copy in renamed.get(c["fact"], []):
            grown.append(dict(c, fact=copy))
    write(name, fields, grown)

print(f"{out}: {len(presences) * presence_factor} presences, {len(history) * presence_factor} status changes, "
      f"{len(events) * event_factor} events")
