"""Lists the statements whose speaker is not named in the statement's own sentence (taken from a
pronoun, a description, a cue's pronoun, the last speaker, the one person of the article, a
document's owner …) with the rule that gave the speaker, for reading speaker precision on
unlabeled articles. It runs the speech rules of the working tree on the pickles of
`scripts/speech_audit.py cache` (the articles of tests/gold-nerel/frozen*/ARTICLES and of the
judge folders, scripts/held_out.py `unstudied`, are skipped).

    python scripts/speech_paths.py /tmp/audit [--out rows.json]

Paths: `subj-pron` / `subj-noun` / `subj-PROPN` (the verb's subject, read by the resolver),
`no-subject` (a converb or joined verb borrowing a subject, the nearest name, a dropped subject),
`_last_speaker` / `_sole_person` / `_subject_before` (`он` or no subject going on), `_cue_only`,
`_media_back`, `_owner_before`, `_shown_with_words`, `quoting`, `?` (a passive verb's document).
"""
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from held_out import unstudied  # noqa: E402

import kg.nlp.ru.speech as S  # noqa: E402
from kg.nlp.ru import speech_clauses as C  # noqa: E402

FROZEN = unstudied()
rec = {}  # trigger start -> path
cur = {}

def wrap_fn(name):
    orig = getattr(S, name)
    def w(f, verb, *a, **k):
        r = orig(f, verb, *a, **k)
        got = r[0] if isinstance(r, tuple) else r
        if got:
            rec.setdefault(verb.start, name)
        return r
    setattr(S, name, w)
for n in ("_last_speaker", "_sole_person", "_subject_before", "_media_back", "_owner_before"):
    wrap_fn(n)

def wrap_list(name):
    orig = getattr(S, name)
    def w(*a, **k):
        out = orig(*a, **k)
        for d in out:
            rec.setdefault(d["trigger"].start, name)
        return out
    setattr(S, name, w)
for n in ("_cue_only", "_framed_by_words", "_introduced", "_shown_with_words"):
    wrap_list(n)

orig_sp = C.Finder.speaker_of
def sp(self, verb, climbed=False):
    r = orig_sp(self, verb, climbed)
    if r[0] and not climbed:
        subj = self.children(verb.index, "nsubj")
        if verb.feats.get("VerbForm") == "Part":
            p = "participle"
        elif subj:
            s = subj[0]
            p = {"PRON": "subj-pron", "NOUN": "subj-noun"}.get(s.pos, "subj-" + s.pos)
        else:
            p = "no-subject"
        cur[verb.start] = p
    return r
C.Finder.speaker_of = sp
orig_q = C.Finder.quoted
def q(self, verb):
    r = orig_q(self, verb)
    cur[verb.start] = "quoting"
    return r
C.Finder.quoted = q

rows = []
for p in sorted(Path(sys.argv[1]).glob("*.pkl")):
    if p.stem in FROZEN:
        continue
    document, a, entities, times = pickle.loads(p.read_bytes())
    rec.clear()
    cur.clear()
    sts = S.find_statements(a, entities, document, times)
    ents = {e.key: e for e in entities}
    for s in sts:
        if not s.speaker:
            continue
        e = ents[s.speaker]
        sent = s.sentence
        named = any(m.start < sent.end and sent.start < m.end for m in e.mentions)
        if named:
            continue
        path = rec.get(s.trigger.start) or cur.get(s.trigger.start) or "?"
        # the previous sentence(s) for reading
        si = next(i for i, x in enumerate(a.sentences) if x.start == sent.start)
        prev = " ".join(a.text[x.start:x.end] for x in a.sentences[max(0, si - 2):si])
        last = [m for m in e.mentions if m.end <= sent.start]
        dist = None
        if last:
            lm = last[-1]
            dist = si - next(i for i, x in enumerate(a.sentences) if x.start <= lm.start < x.end)
        rows.append(dict(doc=p.stem, path=path, speaker=e.name, kind=str(e.kind), dist=dist,
                         trig=s.trigger.text, sent=a.text[sent.start:sent.end], prev=prev[-400:]))
out = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None
if out:
    Path(out).write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
else:
    for r in rows:
        print(f"[{r['path']}] {r['speaker']} ({r['kind']}, last named {r['dist']} sentences back)")
        print("   before:", r["prev"][-300:].replace("\n", " "))
        print("   ", r["sent"][:400].replace("\n", " "))
print(len(rows), Counter(r["path"] for r in rows).most_common(), file=sys.stderr)
