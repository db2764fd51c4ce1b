"""Article-checks gate on the invented development reports (tests/data/articles_dev.jsonl).

The floor is pinned a little under the score measured when it was last raised; raise it when
quote attribution or date resolution improves, never lower it to make a change pass.
Measured: 0.7949 (quotes 0.6977) with the quotes stage's own mention chains; 0.9615 (quotes 1.0,
dates 0.9143) with the shared coreference model (tidings.coref).

articles_gold_r.jsonl (30 invented reports, 559 checks) was written blind and scored 0.671 unseen
(quotes 0.525, dates 0.866) before the shared coreference model; it was then mined for general fixes:
0.882 (quotes 0.834, dates 0.946). articles_gold_s.jsonl (25 invented reports, 508 checks), written
blind too, scored 0.530 unseen before the shared coreference model and 0.787 (quotes 0.720, dates
0.942) unseen after the fixes mined from R; then mined: 0.841 (quotes 0.796). Then both mined for
general quote and coreference fixes (paragraphs as sentences, names the model cut or mistagged,
names hung on a role's place, titles and roles of people coded from context, people of uncoded
organisations, demands and accusations as reported speech): R 0.948 (quotes 0.947), S 0.957
(quotes 0.963), dev 0.987 (quotes 1.0). articles_gold_t.jsonl (25 invented reports, 555 checks),
written blind, scored 0.739 unseen (quotes 0.634, dates 0.893) and 0.834 (quotes 0.776) after the
fixes mined from R and S, still unseen by their authors; then mined for general date and name
fixes: 0.872 (quotes 0.831, dates 0.933). articles_gold_u.jsonl (25 invented reports, 533 checks),
written blind on the same day, scored 0.781 (quotes 0.704, dates 0.920) unseen with the engine of
the start of that day and 0.854 (quotes 0.803, dates 0.947) at its end; then mined for general
fixes (a lead's unnamed role and the person named after it, titles before names, places tagged as
people, hyphenated and particle names, a sentence-opening pronoun, two date rules, part-of-day
values for day checks): 0.921 (quotes 0.899, dates 0.963); T rose to 0.887 (quotes 0.852) with
them. Then T and U mined again (a surname particle capitalised at a sentence start, a role given
in a relative clause, an aide "to" a coded actor and a name tagged as an organisation before such a
role, a sentence-opening bare title): T 0.896 (quotes 0.867), U 0.944 (quotes 0.930). articles_gold_w.jsonl (25 invented
reports, 495 checks), written blind while U was mined and never tuned on: 0.897 (quotes 0.844, dates
0.971) with the engine of the start of that day, 0.901 (quotes 0.848, dates 0.976) at its end; then
mined for general fixes (hyphenated and family-name-first names, titles with their modifier words, a
speaker's country from the place that introduces them, roles coded from a group's name) and tense
direction of dates that lie ahead: 0.962 (quotes 0.945, dates 0.985). articles_gold_z.jsonl (25 invented
reports, 454 checks), written blind while W was mined and never tuned on: 0.921 (quotes 0.879, dates
0.983) with the engine of the start of that day, 0.930 (quotes 0.894, dates 0.983) at its end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.evaluate.articles import score_articles

DEV = Path(__file__).parent.parent / "data" / "articles_dev.jsonl"
PASS_RATE_FLOOR = 0.98
QUOTE_PASS_RATE_FLOOR = 0.99
R_FILE = DEV.parent / "articles_gold_r.jsonl"
R_PASS_RATE_FLOOR = 0.95
S_FILE = DEV.parent / "articles_gold_s.jsonl"
S_PASS_RATE_FLOOR = 0.96
T_FILE = DEV.parent / "articles_gold_t.jsonl"
T_PASS_RATE_FLOOR = 0.92  # just under 0.931
U_FILE = DEV.parent / "articles_gold_u.jsonl"
U_PASS_RATE_FLOOR = 0.94  # mined since: just under 0.949 (0.854 unseen)
W_FILE = DEV.parent / "articles_gold_w.jsonl"
W_PASS_RATE_FLOOR = 0.95  # mined after its unseen 0.901 (0.897 at its first measurement): just under 0.962
Z_FILE = DEV.parent / "articles_gold_z.jsonl"
Z_PASS_RATE_FLOOR = 0.92  # never tuned on: just under its unseen 0.930 (0.921 at its first measurement)

pytestmark = pytest.mark.model


def test_articles_dev_floor(coder):
    s = score_articles(DEV, coder).scores
    assert s["checks"] >= 60, s  # the file the floor was measured on
    assert s["pass_rate"] >= PASS_RATE_FLOOR, s
    assert s["quote_pass_rate"] >= QUOTE_PASS_RATE_FLOOR, s


@pytest.mark.parametrize(
    ("path", "checks", "floor"),
    [(R_FILE, 559, R_PASS_RATE_FLOOR), (S_FILE, 508, S_PASS_RATE_FLOOR), (T_FILE, 555, T_PASS_RATE_FLOOR),
     (U_FILE, 533, U_PASS_RATE_FLOOR), (W_FILE, 495, W_PASS_RATE_FLOOR),
     (Z_FILE, 454, Z_PASS_RATE_FLOOR)],
    ids=["r", "s", "t", "u", "w", "z"],
)
def test_articles_set_floor(coder, path, checks, floor):
    """Each set of reports written blind: the file the floor was measured on, and its floor."""
    s = score_articles(path, coder).scores
    assert s["checks"] == checks, s
    assert s["pass_rate"] >= floor, s
