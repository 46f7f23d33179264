"""What the shop says to a customer, per event: the built-in wording of each message, the placeholders
it may use, and how a template becomes a text.

A placeholder is a name in braces, ``{first_name}``; ``{{`` and ``}}`` write a brace. A template may only
use the placeholders of its event (checked when it is saved, so that a typo is caught before a customer
receives "{frist_name}"). The values are the customer's and the record's plain text: nothing in them is
read as a placeholder or as markup (an e-mail's HTML part escapes them, :mod:`crm_desktop.messaging.compose`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from crm_desktop.domain.enums import MessageChannel
from crm_desktop.i18n import N_, _

_PLACEHOLDER: Final = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}|\{|\}")

# Every message knows the customer and the shop.
COMMON: Final = ("first_name", "customer_name", "shop_name", "shop_phone", "shop_email")


@dataclass(frozen=True)
class Event:
    """One event the shop may write about. The built-in texts are kept in English (marked for the
    catalogue) and read through the properties below, in the language of the moment; a template the shop
    saves is its own text and is never translated."""

    key: str
    english_label: str  # "Job ready for collection", as Settings → Messages lists it
    placeholders: tuple[str, ...]  # beyond COMMON
    english_subject: str  # the e-mail's built-in subject
    english_email: str  # the e-mail's built-in text
    english_sms: str  # the SMS's built-in text (short: one part of 160 characters where it can)

    @property
    def names(self) -> tuple[str, ...]:
        return COMMON + self.placeholders

    @property
    def label(self) -> str:
        return _(self.english_label)

    @property
    def subject(self) -> str:
        return _(self.english_subject)

    @property
    def email(self) -> str:
        return _(self.english_email)

    @property
    def sms(self) -> str:
        return _(self.english_sms)


EVENTS: Final[dict[str, Event]] = {
    event.key: event
    for event in (
        Event(
            "job_received",
            N_("Job received"),
            ("job_number", "unit", "ready_date"),
            N_("We have your {unit} ({job_number})"),
            N_(
                "Hello {first_name},\n\nThank you for bringing in your {unit}. Its job number is "
                "{job_number}; we expect it to be ready by {ready_date}. We will tell you as soon as it is."
                "\n\nKind regards,\n{shop_name}\n{shop_phone}"
            ),
            N_("{shop_name}: we have your {unit} ({job_number}), ready by {ready_date}. We will tell you."),
        ),
        Event(
            "job_ready",
            N_("Job ready for collection"),
            ("job_number", "unit"),
            N_("Your {unit} is ready ({job_number})"),
            N_(
                "Hello {first_name},\n\nYour {unit} ({job_number}) is ready for collection. "
                "Please bring the job number or this message.\n\nKind regards,\n{shop_name}\n{shop_phone}"
            ),
            N_("{shop_name}: your {unit} ({job_number}) is ready for collection."),
        ),
        Event(
            "promise_moved",
            N_("A promised date moved"),
            ("what", "old_date", "new_date", "reason"),
            N_("New date: {what}"),
            N_(
                "Hello {first_name},\n\nWe are sorry: we could not keep the date we gave you for {what} "
                "({old_date}). The new date is {new_date}.\nWhy: {reason}\n\n"
                "Kind regards,\n{shop_name}\n{shop_phone}"
            ),
            N_("{shop_name}: sorry, {what} moves from {old_date} to {new_date}. {reason}"),
        ),
        Event(
            "request_resolved",
            N_("A request resolved"),
            ("request_number", "request_kind"),
            N_("Your request {request_number} is resolved"),
            N_(
                "Hello {first_name},\n\nYour request {request_number} ({request_kind}) is resolved. "
                "If anything is still not right, reply to this message or call us.\n\n"
                "Kind regards,\n{shop_name}\n{shop_phone}"
            ),
            N_("{shop_name}: your request {request_number} ({request_kind}) is resolved."),
        ),
        Event(
            "follow_up_reminder",
            N_("A follow-up is due (yearly service...)"),
            ("title", "due_date", "product"),
            "{title}",  # the follow-up's own title: nothing to translate
            N_(
                "Hello {first_name},\n\nA reminder from {shop_name}: {title} ({product}) is due on "
                "{due_date}. Call us or reply to book a time.\n\nKind regards,\n{shop_name}\n{shop_phone}"
            ),
            N_("{shop_name}: {title} ({product}) is due on {due_date}. Call us to book."),
        ),
        Event(
            "warranty_ending",
            N_("A warranty is ending"),
            ("product", "serial", "warranty_end"),
            N_("The warranty of your {product} ends on {warranty_end}"),
            N_(
                "Hello {first_name},\n\nThe warranty of your {product} (serial {serial}) ends on "
                "{warranty_end}. If anything is wrong with it, bring it in before then.\n\n"
                "Kind regards,\n{shop_name}\n{shop_phone}"
            ),
            N_("{shop_name}: the warranty of your {product} ends on {warranty_end}."),
        ),
        Event(
            "satisfaction_question",
            N_("How is it going? (a score from 1 to 5)"),
            ("product",),
            N_("How is your {product}?"),
            N_(
                "Hello {first_name},\n\nHow is your {product} working for you? Reply with a number from 1 "
                "(not at all) to 5 (very well), and tell us anything we should know.\n\n"
                "Kind regards,\n{shop_name}"
            ),
            N_("{shop_name}: how is your {product}? Reply with a number from 1 (bad) to 5 (very good)."),
        ),
    )
}


class TemplateError(ValueError):
    """A template that cannot be used, with the sentence that says why."""


def check_template(event: str, text: str) -> None:
    """:class:`TemplateError` unless ``text`` uses only the placeholders of ``event``, well formed."""
    known = EVENTS[event].names
    for match in _PLACEHOLDER.finditer(text):
        token, name = match.group(0), match.group(1)
        if token in ("{{", "}}"):
            continue
        if name is None:
            raise TemplateError(
                _(
                    "A lone “{brace}” at character {position}: write {twice} for the brace itself, "
                    "or a placeholder such as {example}."
                ).format(brace=token, position=match.start() + 1, twice=token * 2, example="{first_name}")
            )
        if name not in known:
            raise TemplateError(
                _("{placeholder} is not a placeholder of this message. It can use: {known}.").format(
                    placeholder=f"{{{name}}}", known=", ".join(f"{{{n}}}" for n in known)
                )
            )


def render(text: str, values: Mapping[str, str]) -> str:
    """The template with each placeholder replaced by its value (a missing value: nothing)."""

    def one(match: re.Match[str]) -> str:
        token, name = match.group(0), match.group(1)
        if token in ("{{", "}}"):
            return token[0]
        if name is None:
            return token
        return values.get(name, "")

    return _PLACEHOLDER.sub(one, text)


def built_in(event: str, channel: MessageChannel) -> tuple[str | None, str]:
    """(subject, body) of the built-in wording; an SMS has no subject."""
    found = EVENTS[event]
    if channel is MessageChannel.SMS:
        return None, found.sms
    return found.subject, found.email


def first_name(name: str) -> str:
    """The first word of a person's name, for "Hello Zoë,"; a business's whole name."""
    words = name.split()
    return words[0] if words else ""


__all__ = ["COMMON", "EVENTS", "Event", "TemplateError", "built_in", "check_template", "first_name", "render"]
