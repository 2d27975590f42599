"""scripts/nerel_off_span.py: our events on no NEREL EVENT span, counted from an events dump."""

from __future__ import annotations

import json

from script_loader import load_script


def _corpus(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "nerel-dev-1.txt").write_text("Совет проголосовал. Олег умер.", encoding="utf-8")
    gold = {"events": [{"trigger": {"begin": 25, "end": 29}}]}
    (texts / "nerel-dev-1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    dump = tmp_path / "dump.jsonl"
    events = [{"kind": "Election", "trigger": "проголосовал", "spans": [[6, 18]]},
              {"kind": "Death", "trigger": "умер", "spans": [[25, 29]]}]
    dump.write_text(json.dumps({"doc": "nerel-dev-1", "events": events}) + "\n",
                    encoding="utf-8")
    return texts, dump


def test_an_event_overlapping_no_nerel_span_is_counted_off(tmp_path, capsys):
    texts, dump = _corpus(tmp_path)
    script = load_script("nerel_off_span")
    assert script.main([str(dump), "--texts", str(texts), "--min", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 of 2 events on no NEREL span (precision 0.500")
    assert "   1  Election прогол" in out and "Death умер" not in out


def test_show_prints_the_sentence_of_an_off_span_event(tmp_path, capsys):
    texts, dump = _corpus(tmp_path)
    load_script("nerel_off_span").main([str(dump), "--texts", str(texts), "--show", "Election"])
    assert capsys.readouterr().out.strip() == (
        "nerel-dev-1 Election проголосовал | Совет проголосовал.")


def test_the_articles_of_every_judge_folder_are_skipped(tmp_path, capsys, monkeypatch):
    texts, dump = _corpus(tmp_path)
    script = load_script("nerel_off_span")
    monkeypatch.setattr(script, "unstudied", lambda: frozenset({"nerel-dev-1"}))
    assert script.main([str(dump), "--texts", str(texts), "--min", "1"]) == 0
    assert "Election" not in capsys.readouterr().out
