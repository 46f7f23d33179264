"""``make translations``: extract the words, merge them into each language's catalogue, compile.

- The window (``crm_desktop/ui``, Qt's ``tr()``): ``pyside6-lupdate`` extracts; the messages are merged,
  under the one context :data:`crm_desktop.ui.i18n.CONTEXT`, into ``resources/translations/window_<lang>.ts``
  (what is translated stays, new words come in unfinished, words no longer used go); ``pyside6-lrelease``
  compiles each to ``.qm``.
- Everything else (gettext): babel extracts ``_``, ``N_``, ``ngettext``, ``pgettext`` from the other
  layers into ``messages.pot``, updates ``messages_<lang>.po`` (no fuzzy guesses: a word is translated or
  not) and compiles ``.mo``.

``python -m tests.tools.translations`` does all that; ``--check`` changes nothing and says what would change
(the test suite runs it, so a catalogue can't fall behind the code). ``export LANG FILE.json`` writes every
entry of one language as JSON (for translating in bulk), ``import LANG FILE.json`` takes the translations
back into both catalogues.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from crm_desktop.i18n import ENGLISH, LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
CONTEXT = "QCoreApplication"  # as crm_desktop.ui.i18n.CONTEXT (not imported: that would load Qt)
# The Qt-free layers; the window has its own catalogue and the sample shop's made-up data is not translated.
METHOD_MAP = [("ui/**.py", "ignore"), ("sample/**.py", "ignore"), ("**.py", "python")]
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}

Key = tuple[str, str, str]  # (source, disambiguation or context, plural source)


@dataclass
class Entry:
    source: str
    comment: str
    plural: bool
    translation: list[str]  # one string, or one per plural form; empty strings: not translated


def languages() -> list[str]:
    return [code for code in LANGUAGES if code != ENGLISH]


# ------------------------------------------------------------------------------------- the window


def extract_window(work: Path) -> list[Entry]:
    template = work / "window.ts"
    files = sorted(str(path) for path in (ROOT / "crm_desktop" / "ui").glob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *files, "-ts", str(template), "-locations", "none", "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    seen: dict[tuple[str, str], Entry] = {}
    for message in ET.parse(template).getroot().iter("message"):
        source = message.findtext("source") or ""
        comment = message.findtext("comment") or ""
        key = (source, comment)
        if key not in seen:
            seen[key] = Entry(source, comment, message.get("numerus") == "yes", [])
    return list(seen.values())


@cache
def qt_plural_forms(code: str) -> int:
    """How many plural forms Qt's catalogue of ``code`` has (French 2, Polish 3), as lupdate knows them."""
    with tempfile.TemporaryDirectory() as work:
        probe, ts = Path(work) / "probe.py", Path(work) / "probe.ts"
        probe.write_text('tr("%n day(s)", None, 2)\n', encoding="utf-8")
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), str(probe), "-ts", str(ts), "-target-language", code],
            check=True,
            capture_output=True,
        )
        return len(ET.parse(ts).getroot().findall(".//numerusform"))


def read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    if not path.exists():
        return {}
    found: dict[tuple[str, str], Entry] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        comment = message.findtext("comment") or ""
        element = message.find("translation")
        plural = message.get("numerus") == "yes"
        if element is None or element.get("type") in ("unfinished", "obsolete", "vanished"):
            texts: list[str] = []
        elif plural:
            texts = [form.text or "" for form in element.iter("numerusform")]
        else:
            texts = [element.text or ""]
        found[(source, comment)] = Entry(source, comment, plural, texts)
    return found


def write_ts(path: Path, code: str, entries: list[Entry]) -> None:
    root = ET.Element("TS", version="2.1", language=code, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for entry in entries:
        message = ET.SubElement(context, "message", numerus="yes") if entry.plural else None
        if message is None:
            message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = entry.source
        if entry.comment:
            ET.SubElement(message, "comment").text = entry.comment
        done = bool(entry.translation) and all(entry.translation)
        translation = ET.SubElement(message, "translation", {} if done else {"type": "unfinished"})
        if entry.plural:
            for form in entry.translation or [""] * qt_plural_forms(code):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = entry.translation[0] if entry.translation else ""
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', encoding="utf-8")


def merge_window(template: list[Entry], code: str, folder: Path) -> None:
    known = read_ts(FOLDER / f"window_{code}.ts")
    merged = []
    for entry in template:
        old = known.get((entry.source, entry.comment))
        kept = old.translation if old is not None and old.plural == entry.plural else []
        merged.append(Entry(entry.source, entry.comment, entry.plural, kept))
    write_ts(folder / f"window_{code}.ts", code, merged)


def compile_window(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm), "-nounfinished", "-silent"],
        check=True,
        capture_output=True,
    )


# ------------------------------------------------------------------------------------------ gettext


def extract_messages() -> Catalog:
    template = Catalog(project="crm_desktop", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        ROOT / "crm_desktop", METHOD_MAP, keywords=KEYWORDS, comment_tags=("Translators:",)
    ):
        template.add(
            message, None, [(f"crm_desktop/{filename}", lineno)], auto_comments=comments, context=context
        )
    return template


def read_catalog(path: Path, code: str) -> Catalog:
    if not path.exists():
        return Catalog(locale=code, project="crm_desktop", fuzzy=False)
    with path.open("rb") as file:
        return read_po(file, locale=code)


def merge_messages(template: Catalog, code: str, folder: Path) -> None:
    catalog = read_catalog(FOLDER / f"messages_{code}.po", code)
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    catalog.obsolete.clear()
    catalog.fuzzy = False
    catalog.version = "1"
    catalog.copyright_holder = catalog.last_translator = "crm_desktop's authors"
    catalog.msgid_bugs_address = ""
    catalog.language_team = f"{LANGUAGES[code]} ({code})"
    catalog.header_comment = (
        f"# {LANGUAGES[code]} words of crm_desktop (services, reports, command line).\n"
        "# Made by make translations; translate the msgstr lines (or use Poedit), then run it again."
    )
    catalog.revision_date = catalog.creation_date = datetime(2026, 1, 1, tzinfo=UTC)  # no churn in diffs
    write_catalog(catalog, folder / f"messages_{code}.po")


def write_catalog(catalog: Catalog, path: Path) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=110, omit_header=False, include_lineno=False, sort_output=False)
    path.write_bytes(buffer.getvalue())


def compile_messages(po: Path, mo: Path, code: str) -> None:
    catalog = read_catalog(po, code)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    mo.write_bytes(buffer.getvalue())


# ------------------------------------------------------------------------------------------ running


def build(folder: Path) -> None:
    """Every catalogue and compiled file, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        window = extract_window(Path(work))
    template = extract_messages()
    for code in languages():
        merge_window(window, code, folder)
        compile_window(folder / f"window_{code}.ts", folder / f"window_{code}.qm")
        merge_messages(template, code, folder)
        compile_messages(folder / f"messages_{code}.po", folder / f"messages_{code}.mo", code)


def stale_files() -> list[str]:
    """The catalogue files that ``make translations`` would change (none when all is up to date)."""
    with tempfile.TemporaryDirectory() as work:
        fresh = Path(work) / "fresh"
        build(fresh)
        return sorted(
            path.name
            for path in fresh.iterdir()
            if not (FOLDER / path.name).exists() or (FOLDER / path.name).read_bytes() != path.read_bytes()
        )


def export_language(code: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for entry in read_ts(FOLDER / f"window_{code}.ts").values():
        rows.append({
            "where": "window", "source": entry.source, "comment": entry.comment, "plural": entry.plural,
            "translation": entry.translation if entry.plural else (entry.translation or [""])[0],
        })  # fmt: skip
    catalog = read_catalog(FOLDER / f"messages_{code}.po", code)
    for message in catalog:
        if not message.id:
            continue
        plural = isinstance(message.id, tuple)
        source = message.id[0] if isinstance(message.id, tuple) else message.id
        strings = list(message.string) if isinstance(message.string, tuple) else [message.string or ""]
        rows.append({
            "where": "messages", "source": source, "comment": message.context or "", "plural": plural,
            "plural_source": message.id[1] if isinstance(message.id, tuple) else "",
            "translation": strings if plural else strings[0],
        })  # fmt: skip
    return rows


def _translated(row: dict[str, object]) -> bool:
    texts = row["translation"]
    return all(texts) if isinstance(texts, list) and texts else bool(texts)


def import_language(code: str, rows: list[dict[str, object]]) -> int:
    """Take the translations of ``rows`` into both catalogues of ``code``; how many were taken."""
    taken = 0
    window = read_ts(FOLDER / f"window_{code}.ts")
    catalog = read_catalog(FOLDER / f"messages_{code}.po", code)
    for row in rows:
        translation = row.get("translation")
        texts = [str(t) for t in translation] if isinstance(translation, list) else [str(translation or "")]
        if not any(texts):
            continue
        source, comment = str(row["source"]), str(row.get("comment") or "")
        if row["where"] == "window" and (source, comment) in window:
            window[(source, comment)].translation = texts
            taken += 1
        elif row["where"] == "messages":
            key: str | tuple[str, str] = source
            if row.get("plural"):
                key = (source, str(row.get("plural_source") or ""))
            message = catalog.get(key, context=comment or None)
            if message is not None:
                message.string = tuple(texts) if isinstance(message.id, tuple) else texts[0]
                taken += 1
    write_ts(FOLDER / f"window_{code}.ts", code, list(window.values()))
    write_catalog(catalog, FOLDER / f"messages_{code}.po")
    compile_window(FOLDER / f"window_{code}.ts", FOLDER / f"window_{code}.qm")
    compile_messages(FOLDER / f"messages_{code}.po", FOLDER / f"messages_{code}.mo", code)
    return taken


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make translations")
    parser.add_argument("--check", action="store_true", help="change nothing; fail if a catalogue is behind")
    commands = parser.add_subparsers(dest="command")
    export = commands.add_parser("export")
    export.add_argument("language")
    export.add_argument("file")
    export.add_argument("--missing", action="store_true", help="only the entries not translated yet")
    importing = commands.add_parser("import")
    importing.add_argument("language")
    importing.add_argument("file")
    args = parser.parse_args(argv)
    if args.command == "export":
        rows = export_language(args.language)
        if args.missing:
            rows = [row for row in rows if not _translated(row)]
        Path(args.file).write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(rows)} entries written to {args.file}")
        return 0
    if args.command == "import":
        rows = json.loads(Path(args.file).read_text(encoding="utf-8"))
        print(f"{import_language(args.language, rows)} translations taken from {args.file}")
        return 0
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"{name} is behind the code: run make translations")
        return 1 if stale else 0
    build(FOLDER)
    print(f"catalogues updated and compiled in {FOLDER.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
