"""Per-class figures of the events against NEREL's event spans, with the matching of
../shared/eval/score_nerel_events.py: for each kg: class, how many events the extraction makes,
how many sit on a NEREL event (trigger precision: any of its trigger mentions overlaps one, as in
the scorer), actor precision/recall and place accuracy on those, and a last row for all classes.
Files for reading the errors (the articles of tests/gold-nerel/frozen*/ARTICLES and of the judge
folders, scripts/held_out.py `unstudied`, left out of all):
`--misses F` the events on no NEREL event (class, trigger, factuality, article, the NEREL triggers
of its sentence, the sentence with the trigger in [[ ]]); `--events F` every event (on a NEREL
event or not, class, trigger, factuality, the kind of an entity mention the trigger lies in);
`--actor-misses F` the participants a matched event misses or adds; `--uncovered F` the NEREL
events with a named participant that no event sits on; `--duplicates F` the events of one class
that share a sentence (two events told of one act count twice, on a NEREL event or not).
The last rows give the precision without the classes NEREL does not mark by its conventions
(speech acts, events not asserted, acts NEREL tells as relations: docs/quality.md).

    python scripts/nerel_event_classes.py --texts ../shared/data/nerel-dev [--limit N] [--json F] [--misses F] [--events F]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from held_out import unstudied  # noqa: E402

ACTOR_ROLES = {"AGENT", "PARTICIPANT_IN", "ORGANIZES"}
# classes NEREL leaves unmarked by its conventions (docs/quality.md "Trigger precision by
# false-positive class"): speech acts, and acts it tells as relations (DATE_OF_BIRTH, AWARDED_WITH…)
SPEECH_ACTS = {"Appeal", "Demand", "Denial", "Threat", "Rejection", "Congratulation", "Accusation"}
RELATION_LIKE = {"Birth", "Award", "Appointment", "Founding", "Release"}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", required=True)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--json")
    ap.add_argument("--misses")
    ap.add_argument("--events", help="every event (readable articles): on a NEREL event or not, "
                    "class, trigger, factuality, the kind of an entity mention the trigger is in")
    ap.add_argument("--uncovered", help="NEREL events with a named participant no event sits on")
    ap.add_argument("--actor-misses", help="NEREL participants a matched event does not name")
    ap.add_argument("--duplicates", help="events of one class sharing a sentence (readable articles)")
    a = ap.parse_args(argv)
    from kg import pipeline

    frozen = unstudied()  # the figures count every article; the files list studied ones only
    names = sorted(p.name[:-len(".gold.json")] for p in Path(a.texts).glob("*.gold.json"))
    if a.limit:
        names = names[:a.limit]
    c: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    misses, uncovered, actor_misses, every, duplicates = [], [], [], [], []
    conv = collections.Counter()  # events outside the convention classes: all, on a NEREL event
    for name in names:
        gold = json.loads((Path(a.texts) / f"{name}.gold.json").read_text(encoding="utf-8"))
        text = (Path(a.texts) / f"{name}.txt").read_text(encoding="utf-8")
        x = pipeline.extract(pipeline.make_document(text, id=name))
        mentions = {e.key: [(m.start, m.end) for m in e.mentions] for e in x.entities}
        gmen = {e["id"]: [(m["begin"], m["end"]) for m in e["mentions"]] for e in gold["entities"]}
        gev = gold["events"]
        used: set[int] = set()
        spans = [(m.start, m.end) for ev in x.events for m in (ev.trigger, *ev.mentions)]
        if a.uncovered and name not in frozen:
            for g in gev:
                gs = (g["trigger"]["begin"], g["trigger"]["end"])
                named = any(r.get("entity") for r in g["arguments"] if r["role"] in ACTOR_ROLES)
                if named and not any(_overlaps(gs, sp) for sp in spans):
                    b = text.rfind("\n", 0, gs[0]) + 1
                    e = text.find("\n", gs[1])
                    uncovered.append(f"{g['trigger']['text']}\t{name}\t{text[b:e if e > 0 else None][:200]}")
        kinds = [(m.start, m.end, e.kind) for e in x.entities for m in e.mentions]
        if a.duplicates and name not in frozen:
            same: dict[tuple, list] = collections.defaultdict(list)
            for ev in x.events:
                if ev.sentence:
                    same[(ev.sentence.start, ev.kind)].append(ev)
            for (_, kind), evs in same.items():
                if len(evs) > 1:
                    on = [int(any(_overlaps((m.start, m.end), (g["trigger"]["begin"], g["trigger"]["end"]))
                                  for m in (ev.trigger, *ev.mentions) for g in gev)) for ev in evs]
                    trig = "|".join(f"{ev.trigger.text}:{o}:{ev.factuality}" for ev, o in zip(evs, on))
                    duplicates.append(f"{kind}\t{trig}\t{name}\t{' '.join(evs[0].sentence.text.split())[:300]}")
        for ev in x.events:
            if a.events and name not in frozen:
                on = any(_overlaps((m.start, m.end), (g["trigger"]["begin"], g["trigger"]["end"]))
                         for m in (ev.trigger, *ev.mentions) for g in gev)
                inside = next((kd for b, e_, kd in kinds
                               if _overlaps((ev.trigger.start, ev.trigger.end), (b, e_))), "-")
                every.append(f"{int(on)}\t{ev.kind}\t{ev.trigger.text.lower()}\t{ev.factuality}\t"
                             f"{inside}\t{name}")
            k = c[ev.kind]
            k["sys"] += 1
            kept = ev.kind not in SPEECH_ACTS | RELATION_LIKE and ev.factuality == "Actual"
            k[ev.factuality] += 1
            # as the scorer: an event sits on a NEREL event when any of its trigger mentions does
            hits = [j for m in (ev.trigger, *ev.mentions) for j, g in enumerate(gev)
                    if _overlaps((m.start, m.end), (g["trigger"]["begin"], g["trigger"]["end"]))]
            conv["sys"] += kept
            conv["on_nerel"] += kept and bool(hits)
            if not hits:
                if name not in frozen:
                    sent = ev.sentence.text if ev.sentence else ""
                    s0 = ev.sentence.start if ev.sentence else 0
                    near = [g["trigger"]["text"] for g in gev if ev.sentence and
                            _overlaps((ev.sentence.start, ev.sentence.end),
                                      (g["trigger"]["begin"], g["trigger"]["end"]))]
                    sent = (sent[:ev.trigger.start - s0] + "[[" + sent[ev.trigger.start - s0:ev.trigger.end - s0]
                            + "]]" + sent[ev.trigger.end - s0:])
                    sent = " ".join(sent.split())
                    misses.append(f"{ev.kind}\t{ev.trigger.text}\t{ev.factuality}\t{name}\t"
                                  f"{'|'.join(near)}\t{sent[:300]}")
                continue
            k["on_nerel"] += 1
            j = next((h for h in hits if h not in used), hits[0])
            used.add(j)
            g = gev[j]
            gact = {r["entity"] for r in g["arguments"] if r["role"] in ACTOR_ROLES and r.get("entity")}
            sact = set(ev.agents) | set(ev.targets) | set(ev.others)
            def agree(s: str, x_: str, mentions=mentions, gmen=gmen) -> bool:
                return any(_overlaps(m, n) for m in mentions.get(s, []) for n in gmen[x_])
            k["act_sys"] += len(sact)
            k["act_gold"] += len(gact)
            k["act_tp_sys"] += sum(1 for s in sact if any(agree(s, x_) for x_ in gact))
            k["act_tp_gold"] += sum(1 for x_ in gact if any(agree(s, x_) for s in sact))
            if a.actor_misses and name not in frozen:
                names_ = {e["id"]: e.get("name") or e["mentions"][0]["text"] for e in gold["entities"]}
                lost = [names_[x_] for x_ in gact if not any(agree(s, x_) for s in sact)]
                extra = [s for s in sact if not any(agree(s, x_) for x_ in gact)]
                if lost or extra:
                    sent = " ".join((ev.sentence.text if ev.sentence else "").split())
                    actor_misses.append(f"{ev.kind}\t{ev.trigger.text}\tlost={lost}\t"
                                        f"extra={[x.entity(s).name for s in extra]}\t{sent[:220]}")
            gplace = {r["entity"] for r in g["arguments"] if r["role"] == "TAKES_PLACE_IN" and r.get("entity")}
            if gplace and ev.place:
                k["place_n"] += 1
                k["place_ok"] += any(agree(ev.place, x_) for x_ in gplace)

    def r(n: int, d: int) -> str:
        return f"{n / d:.2f}" if d else "  - "

    rows = ["| class | events | on a NEREL event | trigger precision | actor P | actor R | place acc. (n) | Actual/Planned/Possible/Negated |",
            "|---|---|---|---|---|---|---|---|"]
    for kind, k in sorted(c.items(), key=lambda kv: -kv[1]["sys"]):
        rows.append(f"| {kind} | {k['sys']} | {k['on_nerel']} | {r(k['on_nerel'], k['sys'])} | "
                    f"{r(k['act_tp_sys'], k['act_sys'])} | {r(k['act_tp_gold'], k['act_gold'])} | "
                    f"{r(k['place_ok'], k['place_n'])} ({k['place_n']}) | "
                    f"{k['Actual']}/{k['Planned']}/{k['Possible']}/{k['Negated']} |")
    tot = collections.Counter()
    for k in c.values():
        tot.update(k)
    rows.append(f"| all | {tot['sys']} | {tot['on_nerel']} | {r(tot['on_nerel'], tot['sys'])} | "
                f"{r(tot['act_tp_sys'], tot['act_sys'])} | {r(tot['act_tp_gold'], tot['act_gold'])} | "
                f"{r(tot['place_ok'], tot['place_n'])} ({tot['place_n']}) | "
                f"{tot['Actual']}/{tot['Planned']}/{tot['Possible']}/{tot['Negated']} |")
    rows.append(f"| all but speech acts, events not asserted and relation-like classes | {conv['sys']} | "
                f"{conv['on_nerel']} | {r(conv['on_nerel'], conv['sys'])} | | | | |")
    print("\n".join(rows))
    if a.json:
        Path(a.json).write_text(json.dumps(c, indent=1))
    if a.actor_misses:
        Path(a.actor_misses).write_text("\n".join(actor_misses) + "\n", encoding="utf-8")
    if a.uncovered:
        Path(a.uncovered).write_text("\n".join(uncovered) + "\n", encoding="utf-8")
    if a.events:
        Path(a.events).write_text("\n".join(every) + "\n", encoding="utf-8")
    if a.duplicates:
        Path(a.duplicates).write_text("\n".join(duplicates) + "\n", encoding="utf-8")
    if a.misses:
        Path(a.misses).write_text("\n".join(misses) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
