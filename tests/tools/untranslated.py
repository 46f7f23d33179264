"""Find words a person would read that do not go through the translation functions.

``python -m tests.tools.untranslated [PATH ...]`` lists them as ``file:line: text``; the test
``tests/unit/test_translations.py`` fails on any. Two rules:

- ``crm_desktop/ui``: every string literal with words in it must be the first argument of ``tr()``
  (Qt, :mod:`crm_desktop.ui.i18n`), unless it is plainly not for people: a docstring, an object name, a
  style sheet, a settings key, a dictionary key, a comparison, a single lower-case word (a key), a
  format with no words...
- the Qt-free layers: the message of every raised ``UserFacingError`` (and its subclasses), and every
  literal a command prints, must be ``_()``/``ngettext()`` (gettext, :mod:`crm_desktop.i18n`).

The text of a ``tr()``/``_()`` call must itself be a literal (an f-string cannot be looked up): put the
values in with ``.format(name=...)`` after the call. A literal that really is not for people and that the
rules above do not see as such is marked on its line with ``# untranslated: <why>``.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "crm_desktop"
UI = PACKAGE / "ui"
# The Qt-free layers whose words people read; the sample shop's names and products stay as they are.
GETTEXT_LAYERS = ("services", "domain", "reports", "interchange", "messaging", "storage")
GETTEXT_FILES = ("cli.py", "app.py", "paths.py", "i18n.py")
# Where every literal with words is taken for text people read (elsewhere: raised messages and prints).
BROAD_LAYERS = ("ui", "reports", "domain")

TRANSLATE = {"tr", "translate", "_", "ngettext", "pgettext", "N_", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Calls whose string arguments are never shown to people.
NOT_SHOWN_CALLS = {
    "setObjectName", "setStyleSheet", "setProperty", "property", "value", "setValue", "contains", "remove",
    "getattr", "setattr", "hasattr", "isinstance", "startswith", "endswith", "split", "rsplit", "strip",
    "replace", "join", "get", "pop", "setdefault", "debug", "info", "warning_log", "exception", "error_log",
    "Signal", "Slot", "Property", "QIcon", "fromTheme", "QPixmap", "QColor", "fromString", "QKeySequence",
    "QUrl", "fromLocalFile", "setDefaultSuffix", "beginGroup", "QSettings", "setApplicationName",
    "setOrganizationName", "setDesktopFileName", "setFamily", "QFont", "fromisoformat", "strftime",
    "strptime", "toString", "fromStringList", "compile", "match", "search", "sub", "fullmatch",
    "RuntimeError", "AssertionError", "TypeError", "ValueError", "KeyError", "NotImplementedError",
    "warn", "setAccessibleIdentifier", "format_skeleton", "Path", "open", "mkdir", "with_suffix",
    "setFileMode", "setMimeData", "setData", "data", "hasFormat", "encode", "decode", "getLogger",
    "tone_style", "tone_color", "banner_style", "tone", "setHtml_css", "section_color", "objectName",
    "findChild", "findChildren", "metaObject", "invokeMethod", "singleShot_name", "setRoleNames",
    "cast", "TypeVar", "NewType", "field", "dataclass", "environ", "getenv", "lower", "upper", "casefold",
    "rjust", "ljust", "center", "zfill", "count", "index", "find", "rfind", "partition", "rpartition",
}  # fmt: skip
WORD = re.compile(r"[^\W\d_]{2,}")
KEY_LIKE = re.compile(r"^[a-z0-9_.:/\-{}%]*$")  # settings keys, dict keys, identifiers, paths
MARK = "# untranslated"
CSS = re.compile(r"(^|[;{\s])(background|color|border|padding|margin|font)[a-z-]*\s*:\s*[^;]*;")


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.text!r}"


def _has_words(text: str) -> bool:
    if not WORD.search(text) or KEY_LIKE.match(text):
        return False
    stripped = text.strip()
    if re.fullmatch(r"#[0-9a-fA-F]{3,8}", stripped) or CSS.search(stripped):  # colours, style sheets
        return False
    # Style sheets, HTML/markup fragments without words, icon names, format specs, MIME types
    if stripped.startswith(("QWidget", "QLabel", "QFrame", "QPushButton", "QTable", "QHeader", "color:")):
        return False
    if re.fullmatch(r"[A-Za-z]+(/[\w.+-]+)+", stripped):  # mime types, paths
        return False
    if re.fullmatch(r"[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z]*", stripped):  # CamelCase identifiers
        return False
    if re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", stripped):  # locale names
        return False
    if re.fullmatch(r"[A-Z][A-Z0-9_]+", stripped):  # CONSTANT_NAMES, codes (EUR, NFKC, FONTNAME)
        return False
    return not re.fullmatch(r"(Ctrl|Alt|Shift|Meta)(\+\w+)+|F\d+|Return|Enter|Escape|Del|Delete", stripped)


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _parents(tree: ast.AST) -> dict[int, ast.AST]:
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    return parents


def _exempt(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """Whether the literal sits where people never read it (or already inside a translation call)."""
    child = node
    parent = parents.get(id(node))
    while parent is not None:
        if isinstance(parent, ast.Call):
            name = _call_name(parent)
            if name in TRANSLATE and parent.args and parent.args[0] is child:
                return True
            if name in TRANSLATE and child in parent.args[1:2]:
                return True  # the disambiguation comment
            if name in NOT_SHOWN_CALLS:
                return True
        if isinstance(parent, ast.Subscript) and parent.slice is child:
            return True
        if isinstance(parent, ast.Compare):
            return True
        if isinstance(parent, ast.Dict) and child in parent.keys:
            return True
        if isinstance(parent, ast.keyword) and parent.arg in {"objectName", "key", "name", "role", "sep"}:
            return True
        if isinstance(parent, ast.Assign | ast.AnnAssign):
            targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            if names & {"__all__"} or any(n.endswith(("_KEY", "_STYLE", "_CSS", "_PATTERN")) for n in names):
                return True
        if isinstance(parent, ast.stmt):
            return False
        child, parent = parent, parents.get(id(parent))
    return False


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value if isinstance(part, ast.Constant) and isinstance(part.value, str) else "{}"
            for part in node.values
        )
    return None


def _bad_translation_calls(path: Path, tree: ast.AST) -> Iterator[Finding]:
    """``tr(f"...")``, ``_("a" + b)``, ``self.tr(...)``: a text that cannot be found in the catalogue.
    A name (``tr(LABELS[status])``) is fine: the constant is marked where it is written."""
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):  # lupdate and babel do not look inside f-strings
            for part in node.values:
                for inner in ast.walk(part):
                    if isinstance(inner, ast.Call) and _call_name(inner) in TRANSLATE:
                        yield Finding(
                            path, inner.lineno, f"{_call_name(inner)}() inside an f-string: not extracted"
                        )
        if not isinstance(node, ast.Call) or _call_name(node) not in {"tr", "_", "ngettext", "pgettext"}:
            continue
        if isinstance(node.func, ast.Attribute):
            if _call_name(node) == "tr":
                yield Finding(path, node.lineno, "self.tr(): use crm_desktop.ui.i18n.tr (one context)")
            continue
        if not node.args:
            continue
        name = _call_name(node)
        texts = (
            node.args[:2] if name == "ngettext" else node.args[1:2] if name == "pgettext" else node.args[:1]
        )
        for text in texts:
            if isinstance(text, ast.JoinedStr | ast.BinOp | ast.Call | ast.IfExp):
                yield Finding(path, node.lineno, f"{name}() of a built text: {ast.unparse(text)}")


def ui_findings(path: Path) -> Iterator[Finding]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    parents = _parents(tree)
    yield from _bad_translation_calls(path, tree)
    for node in ast.walk(tree):
        if id(node) in docstrings or isinstance(parents.get(id(node)), ast.JoinedStr):
            continue
        text = _literal_text(node)
        if text is None or not _has_words(text):
            continue
        if MARK in lines[getattr(node, "lineno", 1) - 1] or _exempt(node, parents):
            continue
        yield Finding(path, getattr(node, "lineno", 0), text)


def _raises_user_error(node: ast.Raise) -> ast.Call | None:
    exc = node.exc
    bugs = {"RuntimeError", "AssertionError", "TypeError", "ValueError", "KeyError"}
    if isinstance(exc, ast.Call) and _call_name(exc).endswith(("Error", "Refused", "Problem")):
        return exc if _call_name(exc) not in bugs else None
    return None


def layer_findings(path: Path) -> Iterator[Finding]:
    """The Qt-free layers: raised messages and printed lines."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    yield from _bad_translation_calls(path, tree)
    parents = _parents(tree)
    for node in ast.walk(tree):
        call: ast.Call | None = None
        if isinstance(node, ast.Raise):
            call = _raises_user_error(node)
        elif isinstance(node, ast.Call) and _call_name(node) == "print":
            call = node
        if call is None:
            continue
        for arg in call.args[:1]:
            for part in ast.walk(arg):
                text = _literal_text(part)
                if text is None or not _has_words(text) or MARK in lines[getattr(part, "lineno", 1) - 1]:
                    continue
                if _exempt(part, parents):  # inside _() already, or a key
                    continue
                yield Finding(path, getattr(part, "lineno", 0), text)
                break


def all_findings(paths: list[Path] | None = None) -> list[Finding]:
    if paths is None:
        paths = sorted(UI.glob("*.py"))
        for layer in GETTEXT_LAYERS:
            paths += sorted((PACKAGE / layer).rglob("*.py"))
        paths += [PACKAGE / name for name in GETTEXT_FILES]
    found: list[Finding] = []
    for path in paths:
        path = path.resolve()
        broad = any(path.is_relative_to(PACKAGE / layer) for layer in BROAD_LAYERS)
        found += ui_findings(path) if broad else layer_findings(path)
    return found


def main(argv: list[str]) -> int:
    paths = [Path(arg) for arg in argv] or None
    if paths:
        expanded: list[Path] = []
        for path in paths:
            expanded += sorted(path.rglob("*.py")) if path.is_dir() else [path]
        paths = expanded
    found = all_findings(paths)
    for finding in found:
        print(finding)
    print(f"{len(found)} untranslated", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
