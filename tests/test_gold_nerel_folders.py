"""The folders of tests/gold-nerel/ hold what their ARTICLES files say: one gold file per listed
article and no other, no article in two folders (a held-out article must not also be readable),
no article whose text is also in the shared corpus, event classes and factualities the scorer
knows, and files whose offsets, hashes and references check against the articles. A failure in a
held-out folder (`frozen*/`) is reported by count only, so that no test output shows its gold."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold-nerel"
TEXTS = ROOT.parent / "shared" / "data" / "nerel-dev"
FOLDERS = sorted(p.parent for p in GOLD.glob("*/ARTICLES"))
FACTUALITY = {"Actual", "Planned", "Possible", "Negated"}
# nerel-dev articles whose text is also an article of ../shared/corpus/ (see
# tests/gold-nerel/README.md); nerel-train-123696, drawn into dev/ before that was noticed, stays.
IN_CORPUS = {"nerel-dev-1614272", "nerel-dev-1653218", "nerel-test-192238", "nerel-train-12499",
             "nerel-train-22371", "nerel-train-39296", "nerel-train-508529"}


def _lines(path: Path) -> list[str]:
    return [x.strip() for x in path.read_text(encoding="utf-8").splitlines()
            if x.strip() and not x.startswith("#")]


def _ontology_classes() -> set[str]:
    ttl = (ROOT / "shapes" / "ontology.ttl").read_text(encoding="utf-8")
    return set(re.findall(r"^kg:(\w+) a owl:Class", ttl, re.M))


def _held_out(folder: Path) -> bool:
    return folder.name.startswith("frozen")


def _assert_no_problems(folder: Path, bad: list[str] | dict[str, list[str]]) -> None:
    """No problems; for a held-out folder only their count reaches the output (pytest prints
    the value of every name in a failed assert, message or not, so `bad` must not be in it)."""
    if _held_out(folder):
        count = len(bad) if isinstance(bad, list) else sum(map(len, bad.values()))
        assert count == 0, f"{folder.name}: {count} problems (held out: not shown)"
    else:
        assert not bad, bad


def test_the_folders_are_found():
    assert {"dev", "frozen", "dev2", "speech", "dev3", "frozen2", "dev4", "frozen3", "dev5",
            "frozen4", "dev6", "frozen5", "dev7", "frozen6", "dev8", "frozen7", "speech2",
            "speech3", "speech4", "dev9", "dev10"} \
        <= {f.name for f in FOLDERS}


def test_the_held_out_articles_are_those_of_every_frozen_folder():
    """scripts/held_out.py reads every frozen*/ARTICLES: 25 + 12 + 8 + 8 + 8 + 8 + 18 = 87 articles, each
    under its name and its stem, none of them readable."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from held_out import held_out

    frozen = {n for f in FOLDERS if _held_out(f) for n in _lines(f / "ARTICLES")}
    counts = {f.name: len(_lines(f / "ARTICLES")) for f in FOLDERS if _held_out(f)}
    assert counts == {"frozen": 25, "frozen2": 12, "frozen3": 8, "frozen4": 8, "frozen5": 8,
                      "frozen6": 8, "frozen7": 18}
    assert len(frozen) == 87
    assert {n for n in held_out() if not n.endswith(".txt")} == frozen
    # a caller that holds a file name (scripts/score_nerel.py `--events-dump`) asks with `.txt`
    assert {n for n in held_out() if n.endswith(".txt")} == {n + ".txt" for n in frozen}
    readable = {n for f in FOLDERS if not _held_out(f) for n in _lines(f / "ARTICLES")}
    assert not readable & frozen


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_articles_lists_exactly_the_gold_files(folder):
    listed = _lines(folder / "ARTICLES")
    assert len(listed) == len(set(listed))
    assert set(listed) == {p.stem for p in folder.glob("*.json")}


def test_no_article_is_in_two_folders_or_in_the_corpus():
    seen: dict[str, str] = {}
    for folder in FOLDERS:
        for name in _lines(folder / "ARTICLES"):
            assert name not in seen, f"{name} is in {seen.get(name)} and {folder.name}"
            seen[name] = folder.name
            assert name not in IN_CORPUS, f"{name} ({folder.name}) is also a corpus article"


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_classes_and_factualities_are_known(folder):
    known = _ontology_classes()
    classes = set(_lines(folder / "CLASSES"))
    bad = [f"CLASSES: {c} is no ontology class" for c in sorted(classes - known)]
    for path in sorted(folder.glob("*.json")):
        for ev in json.loads(path.read_text(encoding="utf-8"))["events"]:
            if ev["class"] not in classes:
                bad.append(f"{path.name}: {ev['class']} not in CLASSES")
            if ev.get("factuality", "Actual") not in FACTUALITY:
                bad.append(f"{path.name}: factuality {ev.get('factuality')}")
    _assert_no_problems(folder, bad)


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_gold_files_check_against_their_articles(folder):
    if not TEXTS.is_dir():
        pytest.skip(f"needs the nerel-dev texts beside the project: {TEXTS} is missing")
    sys.path.insert(0, str(ROOT / "scripts"))
    from check_gold import problems

    bad = {p.name: v for p in sorted(folder.glob("*.json")) if (v := problems(p, TEXTS))}
    _assert_no_problems(folder, bad)


@pytest.mark.parametrize("frozen", ["frozen2", "frozen3", "frozen4", "frozen5", "frozen6"])
def test_check_gold_refuses_a_folder_that_lists_a_held_out_article(tmp_path, frozen):
    import subprocess

    held = _lines(GOLD / frozen / "ARTICLES")[0]
    (tmp_path / "ARTICLES").write_text(f"{held}\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_gold.py"), str(tmp_path)],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert "held-out" in run.stderr and run.stdout == ""


@pytest.mark.parametrize("bad", [["a.json: SecretClass not in CLASSES"],
                                 {"a.json": ["mention of T1 at 5: 'Тайные слова' is not 'x'"]}])
def test_a_held_out_folders_problems_reach_the_output_by_count_only(bad):
    with pytest.raises(AssertionError) as failed:
        _assert_no_problems(Path("frozen7"), bad)
    shown = str(failed.value)
    assert "1 problems" in shown
    assert "SecretClass" not in shown and "Тайные" not in shown and "a.json" not in shown
    with pytest.raises(AssertionError) as failed:
        _assert_no_problems(Path("dev7"), bad)
    assert "a.json" in str(failed.value)


def test_check_gold_refuses_a_copy_of_held_out_gold_without_its_articles_file(tmp_path):
    import shutil
    import subprocess

    held = _lines(GOLD / "frozen2" / "ARTICLES")[0]
    shutil.copy(GOLD / "frozen2" / f"{held}.json", tmp_path / f"{held}.json")
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_gold.py"), str(tmp_path)],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert "held-out" in run.stderr and run.stdout == ""


def test_the_scripts_readable_articles_leave_out_every_held_out_one(tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from held_out import held_out, readable

    frozen = sorted(n for n in held_out() if not n.endswith(".txt"))[:2]
    for name in [*frozen, "a-readable-one", "b-readable-one"]:
        (tmp_path / f"{name}.gold.json").write_text("{}", encoding="utf-8")
    assert readable(tmp_path) == ["a-readable-one", "b-readable-one"]
    assert readable(tmp_path, 1) == ["a-readable-one"]


def test_check_gold_refuses_every_held_out_folder_itself():
    import subprocess

    for folder in (f for f in FOLDERS if _held_out(f)):
        run = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_gold.py"), str(folder)],
                             capture_output=True, text=True)
        assert run.returncode == 2, folder.name
        assert "held-out" in run.stderr and run.stdout == ""


def test_miss_causes_refuse_to_list_the_events_of_a_held_out_folder():
    """A held-out folder gives its miss-cause counts (both halves are reported per failure class),
    never the events behind them: `-v` is refused before anything is read."""
    import subprocess

    for folder in (f for f in FOLDERS if _held_out(f)):
        run = subprocess.run([sys.executable, str(ROOT / "scripts" / "event_miss_causes.py"),
                              str(folder), "-v"], capture_output=True, text=True)
        assert run.returncode == 1, folder.name
        assert "held out" in run.stderr and run.stdout == ""


PAIRS = [("dev3", "frozen2"), ("dev4", "frozen3"), ("dev5", "frozen4"), ("dev6", "frozen5"),
         ("dev7", "frozen6")]


@pytest.mark.parametrize("pair", PAIRS, ids="/".join)
def test_the_later_halves_replay_from_the_draw(pair):
    """`scripts/gold_draw.py` gives each later pair of halves back: with the pair counted as not
    yet drawn (and the pairs drawn after it too), the next articles alternate into the two."""
    if not TEXTS.is_dir():
        pytest.skip(f"needs the nerel-dev texts beside the project: {TEXTS} is missing")
    sys.path.insert(0, str(ROOT / "scripts"))
    from gold_draw import draw

    later = [name for p in PAIRS[PAIRS.index(pair):] for name in p]
    readable, held = draw(len(_lines(GOLD / pair[0] / "ARTICLES")) * 2, tuple(later))
    assert readable == _lines(GOLD / pair[0] / "ARTICLES")
    assert held == _lines(GOLD / pair[1] / "ARTICLES")


def test_the_five_later_pairs_are_one_draw_of_88():
    """dev3/frozen2 (24), dev4/frozen3 (16), dev5/frozen4 (16), dev6/frozen5 (16) and dev7/frozen6
    (16) are the next 88 of one order."""
    if not TEXTS.is_dir():
        pytest.skip(f"needs the nerel-dev texts beside the project: {TEXTS} is missing")
    sys.path.insert(0, str(ROOT / "scripts"))
    from gold_draw import draw

    readable, held = draw(88, tuple(name for p in PAIRS for name in p))
    assert readable == [n for p in PAIRS for n in _lines(GOLD / p[0] / "ARTICLES")]
    assert held == [n for p in PAIRS for n in _lines(GOLD / p[1] / "ARTICLES")]


def test_dev8_and_frozen7_replay_from_the_unstudied_draw():
    """dev8/frozen7 (36) are the next 36 of the same order once the articles of
    tests/gold-nerel/STUDIED (named in the docs and tests when they were drawn) are left out."""
    if not TEXTS.is_dir():
        pytest.skip(f"needs the nerel-dev texts beside the project: {TEXTS} is missing")
    sys.path.insert(0, str(ROOT / "scripts"))
    from gold_draw import draw

    readable, held = draw(36, ("dev8", "frozen7"), unstudied=True)
    assert readable == _lines(GOLD / "dev8" / "ARTICLES")
    assert held == _lines(GOLD / "frozen7" / "ARTICLES")


def test_no_article_of_the_unstudied_draw_was_studied_or_drawn_before():
    studied = set(_lines(GOLD / "STUDIED"))
    later = set(_lines(GOLD / "dev8" / "ARTICLES")) | set(_lines(GOLD / "frozen7" / "ARTICLES"))
    earlier = {n for f in FOLDERS if f.name not in ("dev8", "frozen7")
               for n in _lines(f / "ARTICLES")}
    assert len(studied) > 200
    assert not later & studied
    assert not later & earlier


def test_speech2_replays_from_its_seeded_draw():
    """speech2/ (20, statements only) is the first 20 of the order of `speech2-gold:` + file name
    once the held-out articles, every other gold folder, STUDIED and the corpus are left out."""
    if not TEXTS.is_dir():
        pytest.skip(f"needs the nerel-dev texts beside the project: {TEXTS} is missing")
    sys.path.insert(0, str(ROOT / "scripts"))
    from gold_draw import draw_seeded

    assert draw_seeded(20, "speech2-gold:", ("speech2",)) == _lines(GOLD / "speech2" / "ARTICLES")


# the golds drawn on their own (`gold_draw.py --seed <folder>-gold: N <folder>`) and their sizes:
# the statement golds speech3/ (twenty-sixth round) and speech4/, and the event and statement golds
# dev9/ and dev10/ (twenty-seventh round)
SEEDED_GOLDS = (
    ("speech3", 15), ("speech4", 15), ("dev9", 10), ("dev10", 10), ("dev11", 10), ("dev12", 10),
    ("dev13", 10), ("dev14", 10), ("dev15", 10), ("dev16", 10), ("dev17", 10), ("dev18", 10),
    ("dev19", 10), ("dev20", 10),
)


@pytest.mark.parametrize(("folder", "size"), SEEDED_GOLDS)
def test_a_seeded_gold_replays_from_its_draw(folder, size):
    """A seeded gold is the first N of the order of `<folder>-gold:` + file name once the held-out
    articles, every other gold folder, STUDIED and the corpus are left out."""
    if not TEXTS.is_dir():
        pytest.skip(f"needs the nerel-dev texts beside the project: {TEXTS} is missing")
    sys.path.insert(0, str(ROOT / "scripts"))
    from gold_draw import draw_seeded

    assert draw_seeded(size, f"{folder}-gold:", (folder,)) == _lines(GOLD / folder / "ARTICLES")


@pytest.mark.parametrize(("folder", "size"), SEEDED_GOLDS)
def test_a_seeded_gold_shares_no_article_with_studied_or_another_folder(folder, size):
    drawn = set(_lines(GOLD / folder / "ARTICLES"))
    others = {n for f in FOLDERS if f.name != folder for n in _lines(f / "ARTICLES")}
    assert len(drawn) == size
    assert not drawn & set(_lines(GOLD / "STUDIED"))
    assert not drawn & others


def test_speech2_shares_with_studied_only_the_precision_sample_drawn_beside_it():
    """The twenty-fifth round's fresh precision sample (added to STUDIED after both draws) took
    one article speech2/ took too; no other speech2 article was studied before its draw."""
    shared = set(_lines(GOLD / "speech2" / "ARTICLES")) & set(_lines(GOLD / "STUDIED"))
    judged = (GOLD / "judged" / "prec25-events.tsv").read_text(encoding="utf-8")
    sample = {n for ln in judged.splitlines() if ln.startswith("# sample:") for n in ln.split()[2:]}
    assert shared <= sample


def test_the_fresh_precision_sample_replays_from_its_seed():
    """`scripts/fresh_sample.py prec25: 30` gives again the 30 articles judged in
    tests/gold-nerel/judged/prec25-events.tsv, though speech2/ took one of them later."""
    if not TEXTS.is_dir():
        pytest.skip(f"needs the nerel-dev texts beside the project: {TEXTS} is missing")
    sys.path.insert(0, str(ROOT / "scripts"))
    from fresh_sample import sample

    judged = (GOLD / "judged" / "prec25-events.tsv").read_text(encoding="utf-8")
    names = [n for ln in judged.splitlines() if ln.startswith("# sample:") for n in ln.split()[2:]]
    assert sorted(sample("prec25:", 30)) == sorted(names)


def test_check_gold_reports_a_statement_that_names_neither_speaker_nor_source(tmp_path):
    if not TEXTS.is_dir():
        pytest.skip(f"needs the nerel-dev texts beside the project: {TEXTS} is missing")
    sys.path.insert(0, str(ROOT / "scripts"))
    from check_gold import problems

    source = next(p for p in sorted((ROOT / "tests" / "gold-nerel" / "dev").glob("*.json"))
                  if json.loads(p.read_text(encoding="utf-8"))["statements"])
    gold = json.loads(source.read_text(encoding="utf-8"))
    copy = tmp_path / source.name
    copy.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert problems(copy, TEXTS) == []
    unnamed = dict(gold["statements"][0], speakers=[], source=None, anonymous=False)
    gold["statements"].append(unnamed)
    copy.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert problems(copy, TEXTS) == [
        f"statement at {unnamed['trigger'][0]}: names neither speaker nor source"]
