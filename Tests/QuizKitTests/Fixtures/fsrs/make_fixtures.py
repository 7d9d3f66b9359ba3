#!/usr/bin/env python3
"""Generate reviews.json: reference review sequences for the Swift FSRS scheduler.

Generated with py-fsrs 6.3.2 (`pip install fsrs==6.3.2`) under CPython 3.11,
random seed 20250601 (SEED below). Fuzzing is disabled (enable_fuzzing=False)
so every replay is deterministic. Run from anywhere:

    python3 make_fixtures.py            # writes reviews.json beside this file

The Swift tests only read reviews.json; they never need Python.

Layout of reviews.json (compact, one object):
  generator, py_fsrs_version, seed  -- provenance
  columns   -- the meaning of each entry of a review row (see COLUMNS)
  configs   -- scheduler settings; index 0 is py-fsrs's defaults
  sequences -- list of {"config": i, "created": epoch, "reviews": [row, ...]}

All times are whole epoch seconds (UTC). A row holds the review's input
(rating, time), the retrievability the scheduler reported at the review time
just before the review, and the card after the review. step is null in the
Review state.
"""

import json
import math
import os
import random
import sys
from datetime import datetime, timedelta, timezone

import fsrs
from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

SEED = 20250601
PY_FSRS_VERSION = "6.3.2"
DAY = 86400

COLUMNS = [
    "rating",          # 1 Again, 2 Hard, 3 Good, 4 Easy
    "time",            # review time, epoch seconds
    "r_before",        # scheduler.get_card_retrievability(card_before, time)
    "state",           # 1 Learning, 2 Review, 3 Relearning (after the review)
    "step",            # learning/relearning step after the review, or null
    "stability",       # after the review
    "difficulty",      # after the review
    "due",             # epoch seconds, after the review
    "last_review",     # epoch seconds, after the review
]


def installed_version() -> str:
    try:
        from importlib.metadata import version

        return version("fsrs")
    except Exception:  # pragma: no cover
        return getattr(fsrs, "__version__", "unknown")


def epoch(dt: datetime) -> int:
    seconds = dt.timestamp()
    assert seconds == int(seconds), f"not a whole second: {dt}"
    return int(seconds)


def make_configs(rng: random.Random) -> list[dict]:
    """Scheduler settings: defaults first, then a few that exercise other paths."""
    default_weights = list(fsrs.scheduler.DEFAULT_PARAMETERS)
    # Random weights inside py-fsrs's bounds (kept away from the edges), to catch
    # any index mix-up or hard-coded constant that the defaults would hide.
    random_weights = []
    for lo, hi, w in zip(LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, default_weights):
        span = hi - lo
        value = min(max(w * rng.uniform(0.6, 1.4), lo + 0.01 * span), hi - 0.01 * span)
        random_weights.append(round(value, 4))
    # Initial stabilities must stay increasing to look realistic.
    random_weights[0:4] = sorted(random_weights[0:4])
    return [
        # 0: py-fsrs defaults (the app's settings)
        dict(parameters=default_weights, desired_retention=0.9,
             learning_steps=[60, 600], relearning_steps=[600], maximum_interval=36500),
        # 1: lower retention, short maximum interval (the clamp is reached)
        dict(parameters=default_weights, desired_retention=0.8,
             learning_steps=[60, 600], relearning_steps=[600], maximum_interval=180),
        # 2: no learning or relearning steps
        dict(parameters=default_weights, desired_retention=0.9,
             learning_steps=[], relearning_steps=[], maximum_interval=36500),
        # 3: three learning steps, two relearning steps, high retention
        dict(parameters=default_weights, desired_retention=0.95,
             learning_steps=[60, 300, 1800], relearning_steps=[300, 3600], maximum_interval=36500),
        # 4: random weights, one learning step (Hard = 1.5 x step)
        dict(parameters=random_weights, desired_retention=0.85,
             learning_steps=[600], relearning_steps=[600], maximum_interval=3650),
    ]


def make_scheduler(config: dict) -> Scheduler:
    return Scheduler(
        parameters=config["parameters"],
        desired_retention=config["desired_retention"],
        learning_steps=[timedelta(seconds=s) for s in config["learning_steps"]],
        relearning_steps=[timedelta(seconds=s) for s in config["relearning_steps"]],
        maximum_interval=config["maximum_interval"],
        enable_fuzzing=False,
    )


def pick_rating(
    rng: random.Random, card: Card, scheduler: Scheduler, now: datetime, struggling: bool
) -> Rating:
    """A realistic mix: mostly Good, recall failures likelier when retrievability is low.

    A struggling learner answers Again or Hard most of the time, which drives the
    difficulty to its upper clamp (10).
    """
    if struggling:
        return rng.choices(
            [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy], weights=[50, 30, 15, 5]
        )[0]
    if card.state == State.Review and rng.random() < 0.6:
        r = scheduler.get_card_retrievability(card, now)
        if rng.random() > r + 0.03:
            return Rating.Again
        return rng.choices([Rating.Hard, Rating.Good, Rating.Easy], weights=[15, 70, 15])[0]
    return rng.choices(
        [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy], weights=[15, 15, 55, 15]
    )[0]


def pick_gap(rng: random.Random, card: Card, last: datetime) -> int:
    """Seconds from the previous review to the next one."""
    scheduled = max(1, int((card.due - last).total_seconds()))
    kind = rng.random()
    if kind < 0.10:  # same-day re-review, whatever the schedule says
        gap = rng.randint(1, 12 * 3600)
    elif kind < 0.16:  # right at a whole-day boundary (days = floor(elapsed))
        gap = rng.randint(1, 40) * DAY + rng.choice([-61, -1, 0, 1, 59])
    elif kind < 0.30:  # early
        gap = int(scheduled * rng.uniform(0.05, 0.95))
    elif kind < 0.42:  # late: a few times the interval
        gap = int(scheduled * rng.uniform(1.2, 6.0))
    elif kind < 0.50:  # very late: months away
        gap = scheduled + rng.randint(30, 240) * DAY + rng.randint(0, DAY - 1)
    else:  # on time, with some jitter
        jitter = rng.uniform(-0.05, 0.25) * scheduled + rng.randint(0, 3600)
        gap = int(scheduled + jitter)
    return min(max(gap, 1), 5 * 365 * DAY)


def make_sequence(rng: random.Random, config_index: int, config: dict) -> dict:
    scheduler = make_scheduler(config)
    # Whole seconds between 2023-01-01 and 2026-01-01.
    created = datetime(2023, 1, 1, tzinfo=timezone.utc) + timedelta(
        seconds=rng.randint(0, 3 * 365 * DAY)
    )
    card = Card(card_id=1, due=created)
    struggling = rng.random() < 0.1
    length = rng.choice([1, 2, 3]) if rng.random() < 0.12 else rng.randint(4, 30)

    # First review: right away, minutes later, or days later.
    first = rng.random()
    if first < 0.4:
        now = created
    elif first < 0.8:
        now = created + timedelta(seconds=rng.randint(1, 6 * 3600))
    else:
        now = created + timedelta(seconds=rng.randint(DAY, 60 * DAY))

    rows = []
    for index in range(length):
        if index > 0:
            now = card.last_review + timedelta(seconds=pick_gap(rng, card, card.last_review))
        rating = pick_rating(rng, card, scheduler, now, struggling)
        r_before = float(scheduler.get_card_retrievability(card, now))
        card, _ = scheduler.review_card(card, rating, review_datetime=now)
        rows.append([
            int(rating),
            epoch(now),
            r_before,
            int(card.state),
            card.step,
            card.stability,
            card.difficulty,
            epoch(card.due),
            epoch(card.last_review),
        ])
    return {"config": config_index, "created": epoch(created), "reviews": rows}


def main() -> None:
    version = installed_version()
    if version != PY_FSRS_VERSION:
        sys.exit(f"expected py-fsrs {PY_FSRS_VERSION}, found {version}")

    rng = random.Random(SEED)
    configs = make_configs(rng)
    plan = [0] * 300 + [1] * 25 + [2] * 25 + [3] * 25 + [4] * 25
    sequences = [make_sequence(rng, i, configs[i]) for i in plan]

    document = {
        "generator": "Tests/QuizKitTests/Fixtures/fsrs/make_fixtures.py",
        "py_fsrs_version": version,
        "seed": SEED,
        "enable_fuzzing": False,
        "columns": COLUMNS,
        "configs": configs,
        "sequences": sequences,
    }
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reviews.json")
    with open(out, "w") as f:
        json.dump(document, f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    steps = sum(len(s["reviews"]) for s in sequences)
    print(f"wrote {out}: {len(sequences)} sequences, {steps} reviews")


if __name__ == "__main__":
    main()
