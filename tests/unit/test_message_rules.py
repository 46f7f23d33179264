"""Messages before they leave: templates and their placeholders, SMS sizes, header values of one line."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default

import pytest

from crm_desktop.domain.enums import MessageChannel
from crm_desktop.messaging.compose import Letter, email_message, one_line, sms_size
from crm_desktop.messaging.templates import EVENTS, TemplateError, built_in, check_template, render


def test_every_built_in_template_uses_only_its_own_placeholders() -> None:
    for event in EVENTS:
        for channel in MessageChannel:
            subject, body = built_in(event, channel)
            for text in (subject or "", body):
                check_template(event, text)


def test_a_placeholder_the_event_does_not_have_is_named_with_those_it_has() -> None:
    with pytest.raises(TemplateError, match=r"\{frist_name\} is not a placeholder.*\{first_name\}"):
        check_template("job_ready", "Hello {frist_name}")
    with pytest.raises(TemplateError, match=r"lone “\{”"):
        check_template("job_ready", "Price {5 euros")
    check_template("job_ready", "Braces {{like this}} for {first_name}")


def test_values_are_text_never_placeholders() -> None:
    text = render("Hello {first_name}, {{literal}} {unit}", {"first_name": "{unit}", "unit": "Pixel"})
    assert text == "Hello {unit}, {literal} Pixel"


@pytest.mark.parametrize(
    ("text", "length", "unicode", "parts"),
    [
        ("a" * 160, 160, False, 1),
        ("a" * 161, 161, False, 2),  # 153 a part beyond one
        ("a" * 306, 306, False, 2),
        ("a" * 307, 307, False, 3),
        ("€" * 80, 160, False, 1),  # € is an extension character: two
        ("Café à Zürich", 13, False, 1),  # é, à and ü are in the GSM alphabet (ë is not)
        ("Łukasz" + "a" * 64, 70, True, 1),  # Ł is not: Unicode, 70 a part
        ("Łukasz" + "a" * 65, 71, True, 2),
        ("ok 👍", 5, True, 1),  # beyond U+FFFF: two units
    ],
)
def test_sms_size(text: str, length: int, unicode: bool, parts: int) -> None:
    size = sms_size(text)
    assert (size.length, size.unicode, size.parts) == (length, unicode, parts)
    assert str(parts) + (" part" if parts == 1 else " parts") in size.describe()


def test_header_values_are_one_line_whatever_they_hold() -> None:
    assert one_line("Ready\r\nBcc: victim@example.com\x00") == "Ready Bcc: victim@example.com"
    letter = Letter(
        sender_address="shop@example.com",
        sender_name="Vélo & Co\nBcc: x@example.com",
        to_address="zoe@example.com",
        to_name="Zoë Øster-Łukasiewicz",
        subject="Votre vélo est prêt\r\nBcc: victim@example.com",
        text="Bonjour Zoë,\n\n<b>not bold</b> & more",
        key="abc123",
        at=datetime(2026, 12, 2, 10, 0, tzinfo=UTC),
    )
    read = message_from_bytes(email_message(letter).as_bytes(), policy=default)
    assert read["Bcc"] is None
    assert str(read["Subject"]) == "Votre vélo est prêt Bcc: victim@example.com"
    assert read["To"].addresses[0].display_name == "Zoë Øster-Łukasiewicz"
    assert read["Message-ID"] == "<abc123@example.com>"
    html = read.get_body(("html",)).get_content()
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; more" in html
    assert read.get_body(("plain",)).get_content().startswith("Bonjour Zoë,")
