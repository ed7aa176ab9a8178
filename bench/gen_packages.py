#!/usr/bin/env python3
"""Turns the 10kGNAD test split (../shared/data/german-news-10kgnad) into N OZD packages for the store benchmark.

Each package takes one article's sentences in a rotated order, a headline from its first sentence, a date spread
over 2020-2026, the article's category as a tag and a numbered slug, so N can exceed the 728 source articles while
every package is a different text. Usage: gen_packages.py SHARED_DIR OUT_DIR N
"""
import csv
import os
import random
import re
import sys

shared, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = list(csv.reader(open(os.path.join(shared, 'data/german-news-10kgnad/articles.csv'), encoding='utf-8'),
                       delimiter=';', quotechar="'"))
rng = random.Random(42)
os.makedirs(out, exist_ok=True)
places = ['Wien', 'Graz', 'Linz', 'Berlin', 'Hamburg', 'Mainfurt', 'Kielsund', 'Salzburg']
for i in range(n):
    label, text = rows[i % len(rows)]
    sentences = [s.strip() for s in re.split(r'(?<=[.!?])\s+', text.replace('\n', ' ')) if s.strip()]
    if not sentences:
        continue
    k = (i // len(rows)) % len(sentences)
    body = sentences[k:] + sentences[:k]
    headline = sentences[0][:90].rstrip(' .') or 'Meldung'
    paragraphs = [' '.join(body[j:j + 3]) for j in range(0, len(body), 3)]
    date = f"{2020 + rng.randrange(7)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
    front = (f"---\nheadline: {headline}\nslug: bench-{i:06d}\ndate: {date}\ntags: {label}, Bench\n"
             f"places: {places[i % len(places)]}\n---\n")
    report = '\n'.join(paragraphs) + ' OZD\n'
    credits = 'Alle Angaben ohne Gewähr. Titelbild OZD.'
    with open(os.path.join(out, f'bench-{i:06d}.txt'), 'w', encoding='utf-8') as f:
        f.write(front + report + credits)
