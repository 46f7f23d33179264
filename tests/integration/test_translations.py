"""Every word people read can be translated, the shipped catalogues are complete and current, and the
plural forms and placeholders of each translation fit its language."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.plurals import get_plural

from crm_desktop import i18n
from tests.tools import translations, untranslated

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n")


def test_every_visible_string_goes_through_a_translation_function() -> None:
    found = untranslated.all_findings()
    assert not found, "Not translatable yet:\n" + "\n".join(map(str, found[:40]))


def test_the_checker_finds_a_label_left_in_english(tmp_path: Path) -> None:
    ui = untranslated.UI / "_probe_for_the_test.py"
    ui.write_text(
        textwrap.dedent(
            """
            from crm_desktop.ui.i18n import tr
            def build(label, count):
                label.setText("Ready for pickup")              # forgotten
                label.setToolTip(tr("Ready for pickup"))       # fine
                label.setObjectName("readyLabel")              # not for people
                return tr(f"{count} jobs")                      # cannot be looked up
            """
        ),
        encoding="utf-8",
    )
    try:
        found = [(finding.line, finding.text) for finding in untranslated.all_findings([ui])]
    finally:
        ui.unlink()
    assert found == [(7, "tr() of a built text: f'{count} jobs'"), (4, "Ready for pickup")]


def test_the_catalogues_are_up_to_date_with_the_code() -> None:
    assert translations.stale_files() == [], "run: make translations"


@pytest.mark.parametrize("code", translations.languages())
def test_a_shipped_catalogue_has_every_entry_translated(code: str) -> None:
    missing = [
        f"{row['where']}: {row['source']!r}"
        for row in translations.export_language(code)
        if not (all(row["translation"]) if isinstance(row["translation"], list) else row["translation"])
    ]
    assert not missing, f"{len(missing)} untranslated in {code}, e.g.:\n" + "\n".join(missing[:20])


@pytest.mark.parametrize("code", translations.languages())
def test_translations_keep_the_placeholders_and_the_plural_forms_of_their_language(code: str) -> None:
    gettext_forms = get_plural(Locale.parse(code)).num_plurals
    wrong = []
    for row in translations.export_language(code):
        source = str(row["source"])
        texts = row["translation"] if isinstance(row["translation"], list) else [row["translation"]]
        if not any(texts):
            continue
        if row["plural"]:
            expected = translations.qt_plural_forms(code) if row["where"] == "window" else gettext_forms
            if len(texts) != expected:
                wrong.append(f"{source!r}: {len(texts)} plural forms, {code} has {expected}")
        wanted = set(PLACEHOLDER.findall(source)) | set(
            PLACEHOLDER.findall(str(row.get("plural_source", "")))
        )
        for text in texts:
            have = set(PLACEHOLDER.findall(str(text)))
            # A singular form may say "one" in words instead of the number (French "un jour").
            if have != wanted and not (row["plural"] and have < wanted):
                wrong.append(
                    f"{source!r} -> {text!r}: placeholders {sorted(have)} instead of {sorted(wanted)}"
                )
    assert not wrong, "\n".join(wrong[:30])


def test_english_plural_forms_need_no_catalogue() -> None:
    assert i18n.ngettext("{count} day late", "{count} days late", 1).format(count=1) == "1 day late"
    assert i18n.ngettext("{count} day late", "{count} days late", 2).format(count=2) == "2 days late"


@pytest.mark.parametrize(
    ("code", "counts"),
    [
        ("fr", {0: 0, 1: 0, 2: 1, 1_000_000: 1}),  # French: 0 and 1 are singular
        ("de", {0: 1, 1: 0, 2: 1}),
        ("nl", {0: 1, 1: 0, 5: 1}),
        ("es", {1: 0, 2: 1}),
    ],
)
def test_gettext_picks_the_plural_form_of_the_language(code: str, counts: dict[int, int]) -> None:
    catalogue = i18n.catalogue(code)
    plural = getattr(catalogue, "plural", None)
    assert plural is not None, f"messages_{code}.mo has no plural rule"
    for n, form in counts.items():
        assert min(plural(n), 1) == form, f"{code}: {n} takes form {plural(n)}"


def test_the_command_line_speaks_the_language_it_is_given(capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--language", "fr", "--help"])
    assert done.value.code == 0
    french = i18n.catalogue("fr").gettext("use this SQLite file")
    assert french != "use this SQLite file" and french in " ".join(capsys.readouterr().out.split())
    i18n.use_language(i18n.ENGLISH)  # a new process: the computer's language (the tests' is English)
    assert main(["--language", "klingon", "--version"]) != 0
    error = capsys.readouterr().err
    assert "'klingon' is not a language crm_desktop speaks" in error and "nl (Nederlands)" in error
