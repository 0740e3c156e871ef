"""Search over names and texts in every language.

Three lookups, each bounded by a LIMIT so a keystroke costs the same on 30 booths or 75,000:
- exact and prefix matches on names through a plain B-tree index on the folded name;
- substrings of three or more characters through FTS5 `trigram` indexes (names, then texts): the rows that hold
  every trigram of the query, kept when the query is in their text;
- substrings of one or two characters (common in Thai, which has no spaces) through a small index
  whose tokens are the names' single characters and character pairs.

User input never reaches MATCH raw: it is folded and quoted as FTS5 strings, so `"`, `*`,
`NEAR(` or brackets are searched for literally.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from dataclasses import dataclass

from sqlite_utils import Database

from kiosk.core.common.text import fold, pick, strip_controls
from kiosk.core.store.index import TYPES, findable, gram_token, trigram_match

TIERS = ("exact", "prefix", "name", "text")

_TOP = "\U0010ffff"  # sorts after every other code point: the end of a prefix range


@dataclass(frozen=True)
class Result:
    type: str
    id: str
    title: str
    match: str  # one of TIERS
    kind: str | None = None
    # Why it matched, for the visitor: "title", "name" (another of its names: another language, an alias, a short
    # name), "booth", or the field of a text ("description", "vision", …); `matched` is that text as written (an
    # excerpt of a long one) and `span` where the query is in it.
    field: str = "title"
    matched: str = ""
    span: tuple[int, int] | None = None

    def as_dict(self) -> dict:
        return {"type": self.type, "id": self.id, "title": self.title, "match": self.match, "kind": self.kind}


# --- querying ------------------------------------------------------------------------------------

def normalise_query(query: str) -> str:
    return fold(strip_controls(unicodedata.normalize("NFC", query or "")))


def _fts_string(folded: str) -> str:
    return '"' + folded.replace('"', '""') + '"'


_NAMES = "SELECT e.type, e.id, n.folded FROM search_name n JOIN search_entity e ON e.key = n.entity"


def search(db: Database, query: str, lang: str = "en", limit: int = 20,
           types: tuple[str, ...] = TYPES) -> list[Result]:
    """Ranked results: exact name, name prefix, name substring, then text matches."""
    q = normalise_query(query)
    if not q or limit <= 0:
        return []
    conn = db.conn
    wanted = limit * 4  # room for duplicates across languages and tiers
    hits: dict[tuple[str, str], tuple[int, int]] = {}  # (type, id) -> (tier, length of the matched text)

    def take(tier: int, rows) -> None:
        for type_, id_, folded in rows:
            if type_ not in types:
                continue
            key = (type_, id_)
            rank = (tier, len(folded))
            if key not in hits or rank < hits[key]:
                hits[key] = rank

    for type_ in types:  # per type, so a crowd of exhibitors cannot push the one matching city out
        take(0, conn.execute(f"{_NAMES} WHERE n.type = ? AND n.folded = ? LIMIT ?", (type_, q, wanted)))
        take(1, conn.execute(f"{_NAMES} WHERE n.type = ? AND n.folded > ? AND n.folded < ? ORDER BY n.folded LIMIT ?",
                             (type_, q, q + _TOP, wanted)))
    if sum(1 for tier, _ in hits.values() if tier <= 1) < limit:
        if len(q) >= 3:
            rows = conn.execute(f"""{_NAMES} JOIN search_name_tri ON search_name_tri.rowid = n.rowid
                                    WHERE search_name_tri MATCH ? AND instr(n.folded, ?) LIMIT ?""",
                                (trigram_match(q), q, wanted))
        else:
            rows = conn.execute(f"""{_NAMES} JOIN search_name_gram ON search_name_gram.rowid = n.rowid
                                    WHERE search_name_gram MATCH ? LIMIT ?""", (_fts_string(gram_token(q)), wanted))
        take(2, rows)
    if len(q) >= 3 and len(hits) < limit:
        take(3, conn.execute("""SELECT e.type, e.id, t.folded FROM search_text_tri
                                JOIN search_text t ON t.rowid = search_text_tri.rowid
                                JOIN search_entity e ON e.key = t.entity
                                WHERE search_text_tri MATCH ? AND instr(t.folded, ?) LIMIT ?""",
                             (trigram_match(q), q, wanted)))

    ranked = sorted(hits.items(), key=lambda item: (item[1][0], TYPES.index(item[0][0]), item[1][1], item[0][1]))
    ranked = ranked[:limit]
    keys = [key for key, _ in ranked]
    titles = _titles(db, keys, lang)
    documents = {(type_, id_): docs for type_ in types
                 for id_, docs in findable(db, type_, [i for t, i in keys if t == type_]).items()}
    results = []
    for key, (tier, _) in ranked:
        if key in titles:
            title, kind = titles[key]
            field, matched, span = _reason(query, title, *documents.get(key, ([], [])), lang)
            results.append(Result(key[0], key[1], title, TIERS[tier], kind, field, matched, span))
    return results


def _reason(query: str, title: str, names: list, texts: list, lang: str) -> tuple[str, str, tuple[int, int] | None]:
    """What of an entity the query was found in: its title, else another name, else a text (as an excerpt)."""
    q = normalise_query(query)
    if q in fold(title):
        return "title", title, match_span(title, query)
    found = []
    for order, (name_lang, field, name) in enumerate(names):
        folded = fold(name)
        if q in folded:  # the best: the whole name, then its start, then a name in the visitor's language
            found.append(((folded != q, not folded.startswith(q), name_lang != lang, order), field, name))
    if found:
        _, field, name = min(found)
        return field, name, match_span(name, query)
    # The visitor's language first, then the shortest text: a country or a speaker says it better than a page.
    for _, field, text in sorted(texts, key=lambda t: (t[0] != lang, len(t[2]))):
        if q in fold(text):
            span = match_span(text, query)
            return (field, *_excerpt(text, span)) if span else (field, text, None)
    return "title", title, None  # the index and the entity disagree (it is being written): nothing to point at


def _excerpt(text: str, span: tuple[int, int], before: int = 40, after: int = 60) -> tuple[str, tuple[int, int]]:
    """The words around `span` on one line, with … where the text goes on; and the span's place in it."""
    start, end = span
    first, last = max(0, start - before), min(len(text), end + after)
    if first > 0:
        space = text.find(" ", first, start)
        first = space + 1 if space >= 0 else first
    if last < len(text):
        space = text.rfind(" ", end, last)
        last = space if space >= 0 else last
    # Never cut a letter from its marks (Thai vowels and tones above and below): the excerpt starts and ends
    # between whole letters.
    while first < start and unicodedata.category(text[first]).startswith("M"):
        first += 1
    while last < len(text) and unicodedata.category(text[last]).startswith("M"):
        last += 1
    lead = "…" if first > 0 else ""
    piece = "".join(" " if ch.isspace() else ch for ch in text[first:last])
    return lead + piece + ("…" if last < len(text) else ""), (len(lead) + start - first, len(lead) + end - first)


_TITLE_SQL = {
    "city": "SELECT id, name, 'city' FROM city",
    "exhibitor": "SELECT id, name, kind FROM organisation",
    "project": "SELECT id, title, NULL FROM project",
    "session": "SELECT id, title, kind FROM session",
}


def _titles(db: Database, keys: list[tuple[str, str]], lang: str) -> dict:
    out = {}
    for type_ in TYPES:
        ids = [id_ for t, id_ in keys if t == type_]
        if not ids:
            continue
        sql = f"{_TITLE_SQL[type_]} WHERE id IN ({', '.join('?' for _ in ids)})"
        for id_, title, kind in db.execute(sql, ids):
            out[(type_, id_)] = (pick(json.loads(title), lang), kind)
    return out


# --- for the search screen -----------------------------------------------------------------------

_fold_char = functools.lru_cache(maxsize=4096)(fold)  # a text is folded a character at a time below


def match_span(title: str, query: str) -> tuple[int, int] | None:
    """Where the folded query occurs in the title, as (start, end) in the title's own characters."""
    q = normalise_query(query)
    if not q or not title:
        return None
    folded, owner = [], []
    for index, ch in enumerate(title):
        piece = " " if ch.isspace() else _fold_char(ch)
        if piece == " " and folded and folded[-1] == " ":
            continue  # fold() collapses runs of spaces
        folded.append(piece)
        owner.extend([index] * len(piece))
    text = "".join(folded)
    at = text.find(q)
    if at < 0:
        return None
    return owner[at], owner[at + len(q) - 1] + 1


def _trigrams(text: str) -> set[str]:
    padded = f"  {text} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def suggest(db: Database, query: str, lang: str = "en", limit: int = 5) -> list[Result]:
    """Names that look like the query (shared trigrams), for "did you mean" when nothing matched."""
    q = normalise_query(query)
    if len(q) < 3:
        return []
    pieces = sorted({q[i:i + 3] for i in range(len(q) - 2)})
    match = " OR ".join(_fts_string(p) for p in pieces)
    rows = db.conn.execute(f"""{_NAMES} JOIN search_name_tri ON search_name_tri.rowid = n.rowid
                               WHERE search_name_tri MATCH ? LIMIT 500""", (match,)).fetchall()
    wanted = _trigrams(q)
    best: dict[tuple[str, str], float] = {}
    for type_, id_, folded in rows:
        grams = _trigrams(folded)
        score = len(wanted & grams) / len(wanted | grams)
        if score > best.get((type_, id_), 0.0):
            best[(type_, id_)] = score
    ranked = sorted(best.items(), key=lambda item: (-item[1], TYPES.index(item[0][0]), item[0][1]))
    keys = [key for key, score in ranked if score >= 0.2][:limit]
    titles = _titles(db, keys, lang)
    return [Result(t, i, titles[(t, i)][0], "suggestion", titles[(t, i)][1]) for t, i in keys if (t, i) in titles]
