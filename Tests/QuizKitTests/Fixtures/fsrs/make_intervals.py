#!/usr/bin/env python3
"""Print the interval each grade would give after a history, for the quiz's grade prompt.

Generated with py-fsrs 6.3.2 (`pip install fsrs==6.3.2`), default parameters, fuzzing off, as
make_fixtures.py. For each history: replay its reviews from a card created at the first review (a
history without reviews starts as a new card at "now"), then review a copy with each rating at "now";
print due - now in seconds. GradeIntervalTests copies these numbers inline; it never runs Python.

    python3 make_intervals.py > intervals.txt
"""

from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler

NOW = datetime(2026, 11, 23, 9, 0, 0, tzinfo=timezone.utc)  # 1795424400
DAY = timedelta(days=1)

HISTORIES = {
    "new": [],
    "good once, 10 minutes ago": [(3, NOW - timedelta(minutes=10))],
    "good twice, last 3 days ago": [(3, NOW - 4 * DAY), (3, NOW - 3 * DAY)],
    "good 4 times over 2 months": [(3, NOW - 60 * DAY), (3, NOW - 59 * DAY), (3, NOW - 50 * DAY), (3, NOW - 20 * DAY)],
    "easy 5 times over a year": [(4, NOW - 400 * DAY), (4, NOW - 390 * DAY), (4, NOW - 340 * DAY), (4, NOW - 200 * DAY), (4, NOW - 30 * DAY)],
}

scheduler = Scheduler(enable_fuzzing=False)
for name, reviews in HISTORIES.items():
    card = Card(due=reviews[0][1] if reviews else NOW)
    for rating, time in reviews:
        card, _ = scheduler.review_card(card, Rating(rating), review_datetime=time)
    seconds = []
    for rating in (1, 2, 3, 4):
        after, _ = scheduler.review_card(Card.from_dict(card.to_dict()), Rating(rating), review_datetime=NOW)
        seconds.append(round((after.due - NOW).total_seconds()))
    print(f"{name}: " + " ".join(str(s) for s in seconds))
