#!/usr/bin/env python3
"""Summarizes `MatcherBenchmark --grid` output (read on standard input): per combination of constants, language and
cue set, kappa, false ticks (all answers and trap answers) and missed points on the development answers; with
`--loqo`, the combination leave-one-question-out cross-validation picks for each question (chosen on the other
eleven by kappa) and the figures those picks give on the question left out.

    .build/release/MatcherBenchmark --grid "thresholds=0.55/0.6/0.65" | python3 Tests/Metrics/matcher-grid.py --loqo
"""
import sys
from collections import defaultdict

rows = [line.rstrip('\n').split('\t') for line in sys.stdin if line.strip()]
header, rows = rows[0], rows[1:]
axes = header[: header.index('lang')]
cells = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0, 0, 0]))  # (combo, lang, cues) -> id -> counts
for row in rows:
    combo = tuple(row[: len(axes)])
    lang, cues, qid, level = row[len(axes): len(axes) + 4]
    both, false_tick, miss, neither = map(int, row[len(axes) + 4:])
    c = cells[(combo, lang, cues)][qid]
    c[0] += both; c[1] += false_tick; c[2] += miss; c[3] += neither
    if level == 'trap': c[4] += false_tick; c[5] += false_tick + neither


def figures(counts):
    both = sum(c[0] for c in counts); ft = sum(c[1] for c in counts)
    miss = sum(c[2] for c in counts); neither = sum(c[3] for c in counts)
    trap_ft = sum(c[4] for c in counts); trap_neg = sum(c[5] for c in counts)
    n = both + ft + miss + neither
    agree = (both + neither) / n
    p1 = (both + ft) / n; p2 = (both + miss) / n
    pe = p1 * p2 + (1 - p1) * (1 - p2)
    kappa = (agree - pe) / (1 - pe) if pe < 1 else 1.0
    return kappa, ft / max(1, ft + neither), trap_ft / max(1, trap_neg), miss / max(1, miss + both)


print('\t'.join(axes + ['lang', 'cues', 'kappa', 'falseTicks', 'onTraps', 'missed']))
for (combo, lang, cues), by_question in sorted(cells.items()):
    k, ft, tft, miss = figures(list(by_question.values()))
    print('\t'.join(list(combo) + [lang, cues, f'{k:.3f}', f'{ft:.3f}', f'{tft:.3f}', f'{miss:.3f}']))

if '--loqo' in sys.argv:
    print('\nleave one question out (cues: all): the pick for each question, chosen on the others by kappa')
    for lang in ['en', 'ja']:
        combos = [key for key in cells if key[1] == lang and key[2] == 'all']
        questions = sorted({q for key in combos for q in cells[key]})
        held = []
        for q in questions:
            best = max(combos, key=lambda key: figures([c for qq, c in cells[key].items() if qq != q])[0])
            held.append(cells[best][q])
            print(f'  {lang} {q}: {dict(zip(axes, best[0]))}')
        k, ft, tft, miss = figures(held)
        print(f'  {lang} cross-validated: kappa {k:.3f}, false ticks {ft:.3f}, on traps {tft:.3f}, missed {miss:.3f}')
