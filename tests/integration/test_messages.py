"""Messages that reach the customer: a real SMTP server on localhost (aiosmtpd) and a local HTTP server
standing for the SMS provider. Each message is read back as the customer's mail program or phone
would receive it, and the outbox is checked for what a shopkeeper would see."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import Channel, Direction, MessageChannel, MessageStatus, SendingMode
from crm_desktop.domain.validation import CustomerInput, PhoneInput
from crm_desktop.errors import UserFacingError, ValidationError
from crm_desktop.services import messages
from crm_desktop.services.customers import create_customer
from crm_desktop.services.jobs import JobInput, open_job
from crm_desktop.services.settings import set_setting
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import ConsentChange, Interaction, OutboxMessage, Setting
from crm_desktop.storage.startup import OpenedDatabase
from tests.mail_server import Mailbox, free_port, serve
from tests.support import database_option, use_memory_keyring

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
TODAY = date(2026, 12, 2)


def _set_up_email(db: Database, port: int) -> None:
    set_setting(db, "business.name", "Vélo & Co")
    messages.save_email_setup(
        db, host="127.0.0.1", port=port, security="none", user=None,
        from_address="shop@velo.example", from_name="Vélo & Co",
    )  # fmt: skip


def _customer(db: Database, **kw: Any) -> int:
    values: dict[str, Any] = {"name": "Zoë Øster-Łukasiewicz", "email": "zoe@example.com"}
    values.update(kw)
    return create_customer(db, CustomerInput(**values)).id


def _job(db: Database, customer: int, unit: str = "Vélo électrique Gazelle") -> int:
    return open_job(
        db, JobInput(customer_id=customer, unit_description=unit, reported_problem="Brakes", ready_by=TODAY),
        TODAY, NOW,
    ).id  # fmt: skip


def test_a_job_ready_e_mail_reaches_the_customer_and_is_logged(
    opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    db = opened.database
    _set_up_email(db, mailbox.port)
    customer = _customer(db)
    job = _job(db, customer)
    draft = messages.draft_for_job(db, job, "job_ready", MessageChannel.EMAIL, TODAY)
    assert draft.refusal is None and draft.recipient == "zoe@example.com"
    assert draft.subject == "Your Vélo électrique Gazelle is ready (J-0001)"
    queued = messages.queue_message(db, draft, NOW)
    assert queued.status is MessageStatus.QUEUED

    report = messages.send_queued(db, NOW + timedelta(seconds=5))
    assert (report.sent, report.failed, report.retrying) == (1, 0, 0)
    (mail,) = mailbox.messages()
    assert mail["From"].addresses[0].display_name == "Vélo & Co"
    assert mail["From"].addresses[0].addr_spec == "shop@velo.example"
    assert mail["To"].addresses[0].display_name == "Zoë Øster-Łukasiewicz"
    assert str(mail["Subject"]) == "Your Vélo électrique Gazelle is ready (J-0001)"
    assert mail["Message-ID"] == f"<{queued.key}@velo.example>"
    assert mail["Date"].datetime == NOW
    text = mail.get_body(("plain",)).get_content()
    assert text.startswith("Hello Zoë,") and "J-0001" in text and "ready for collection" in text
    assert "Vélo &amp; Co" in mail.get_body(("html",)).get_content()

    (row,) = messages.list_outbox(db)
    assert row.status is MessageStatus.SENT and row.answer == "250 2.0.0 Ok: queued as TEST1"
    with db.reading() as uow:  # on the customer's history, against the job: "last told" counts it
        contact = uow.session.scalars(select(Interaction).where(Interaction.customer_id == customer)).one()
        assert (contact.channel, contact.direction, contact.job_id) == (
            Channel.EMAIL,
            Direction.OUTBOUND,
            job,
        )
        assert "Vélo électrique Gazelle is ready" in contact.summary
    assert messages.send_queued(db, NOW + timedelta(hours=1)).sent == 0  # never twice


def test_consent_is_respected_per_channel_and_says_why(opened: OpenedDatabase, mailbox: Mailbox) -> None:
    db = opened.database
    _set_up_email(db, mailbox.port)
    said_no = _customer(db, name="Ann No", contact_consent=False)
    draft = messages.draft_message(
        db, said_no, MessageChannel.EMAIL, "satisfaction_question", {"product": "Bike"}
    )
    assert draft.refusal == "Ann No said no to being contacted."
    with pytest.raises(ValidationError, match="said no to being contacted"):
        messages.queue_message(db, draft, NOW)

    agreed = _customer(db, name="Bob Yes", email="bob@example.com", contact_consent=True)
    draft = messages.draft_message(
        db, agreed, MessageChannel.EMAIL, "satisfaction_question", {"product": "Bike"}
    )
    assert draft.refusal is None
    messages.set_channel_consent(db, agreed, MessageChannel.EMAIL, False, "replied: no e-mails please", NOW)
    with pytest.raises(ValidationError, match="Bob Yes said no to e-mails"):
        messages.queue_message(db, draft, NOW)  # checked again when queued: the answer changed since
    sms = messages.draft_message(db, agreed, MessageChannel.SMS, "satisfaction_question", {"product": "Bike"})
    assert sms.refusal == "No mobile number on file for Bob Yes."
    with db.reading() as uow:
        history = uow.session.scalars(
            select(ConsentChange).where(ConsentChange.customer_id == agreed).order_by(ConsentChange.id)
        ).all()
        assert [(c.channel, c.answer, c.source) for c in history] == [
            ("any", True, "customer record"),
            ("email", False, "replied: no e-mails please"),
        ]
    assert messages.send_queued(db, NOW).sent == 0 and not mailbox.received


def test_a_server_that_is_down_is_tried_again_and_the_message_goes_when_it_returns(
    opened: OpenedDatabase,
) -> None:
    db = opened.database
    port = free_port()  # nothing listens there yet
    _set_up_email(db, port)
    draft = messages.draft_for_job(db, _job(db, _customer(db)), "job_received", MessageChannel.EMAIL, TODAY)
    messages.queue_message(db, draft, NOW)

    report = messages.send_queued(db, NOW)
    assert (report.sent, report.retrying, report.failed) == (0, 1, 0)
    (row,) = messages.list_outbox(db)
    assert row.status is MessageStatus.QUEUED and row.attempts == 1
    assert row.next_attempt_at == NOW + messages.RETRY_AFTER[0]
    assert "could not be reached (connection refused)" in (row.error or "")

    box = Mailbox(port)
    controller = serve(box)
    try:
        assert messages.send_queued(db, NOW + timedelta(seconds=30)).sent == 0  # not due again yet
        assert messages.send_queued(db, NOW + timedelta(minutes=2)).sent == 1
    finally:
        controller.stop()
    (mail,) = box.messages()
    assert mail["Message-ID"] == f"<{row.key}@velo.example>"
    assert messages.list_outbox(db)[0].status is MessageStatus.SENT


def test_a_refused_address_fails_at_once_and_shows_until_seen(
    opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    db = opened.database
    _set_up_email(db, mailbox.port)
    mailbox.refuse_rcpt = "550 5.1.1 <zoe@example.com>: no such user"
    draft = messages.draft_for_job(db, _job(db, _customer(db)), "job_ready", MessageChannel.EMAIL, TODAY)
    messages.queue_message(db, draft, NOW)
    report = messages.send_queued(db, NOW)
    assert (report.sent, report.retrying, report.failed) == (0, 0, 1)
    (row,) = messages.list_outbox(db, failed_only=True)
    assert "refused the address zoe@example.com (550" in (row.error or "")
    assert messages.unseen_failures(db) == 1
    assert messages.mark_failures_seen(db, NOW) == 1 and messages.unseen_failures(db) == 0
    mailbox.refuse_rcpt = None
    messages.send_again(db, row.id, NOW)
    assert messages.send_queued(db, NOW).sent == 1
    (mail,) = mailbox.messages()
    assert mail["Message-ID"] == f"<{row.key}@velo.example>"  # the same message, sent again


def test_hostile_text_cannot_add_headers_or_recipients(opened: OpenedDatabase, mailbox: Mailbox) -> None:
    db = opened.database
    _set_up_email(db, mailbox.port)
    customer = _customer(db)
    job = _job(db, customer, unit="Pixel\r\nBcc: victim@example.com")
    with pytest.raises(ValidationError, match="one line"):
        messages.save_template(db, "job_ready", MessageChannel.EMAIL, subject="Ready\nBcc: x@example.com",
                               body="Hello", sending=SendingMode.ASK)  # fmt: skip
    messages.queue_message(db, messages.draft_for_job(db, job, "job_ready", MessageChannel.EMAIL, TODAY), NOW)
    assert messages.send_queued(db, NOW).sent == 1
    (envelope,) = mailbox.received
    assert envelope.rcpt_tos == ["zoe@example.com"]
    (mail,) = mailbox.messages()
    assert mail["Bcc"] is None and "\n" not in str(mail["Subject"])


def test_the_shops_template_with_a_preview_on_a_real_customer(
    opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    db = opened.database
    _set_up_email(db, mailbox.port)
    job = _job(db, _customer(db))
    with pytest.raises(ValidationError, match=r"\{frist_name\} is not a placeholder"):
        messages.save_template(
            db, "job_ready", MessageChannel.EMAIL, subject="Prêt", body="Bonjour {frist_name}",
            sending=SendingMode.AUTO,
        )  # fmt: skip
    saved = messages.save_template(
        db, "job_ready", MessageChannel.EMAIL, subject="{unit} prêt ({job_number})",
        body="Bonjour {first_name},\nvotre {unit} est prêt.", sending=SendingMode.AUTO,
    )  # fmt: skip
    assert saved.edited and saved.sending is SendingMode.AUTO
    draft = messages.draft_for_job(db, job, "job_ready", MessageChannel.EMAIL, TODAY)
    assert draft.subject == "Vélo électrique Gazelle prêt (J-0001)"
    assert draft.body == "Bonjour Zoë,\nvotre Vélo électrique Gazelle est prêt."
    assert draft.sending is SendingMode.AUTO
    others = [
        t for t in messages.list_templates(db) if t.event != "job_ready" or t.channel is MessageChannel.SMS
    ]
    assert all(not t.edited and t.sending is SendingMode.ASK for t in others)


# ---------------------------------------------------------------------------------------------- SMS


@dataclass
class Provider:
    """A local HTTP server standing for the SMS provider."""

    port: int
    requests: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)
    status: int = 200


@pytest.fixture
def provider() -> Iterator[Provider]:
    found = Provider(0)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            found.requests.append(("POST", self.path, dict(self.headers), body))
            answer = json.dumps({"id": "SM123", "status": "accepted"}).encode()
            self.send_response(found.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    found.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield found
    server.shutdown()
    server.server_close()


def test_an_sms_goes_through_the_providers_http_api(
    opened: OpenedDatabase, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = opened.database
    keyring = use_memory_keyring(monkeypatch)
    set_setting(db, "business.name", "Vélo & Co")
    set_setting(db, "shop.country", "BE")
    messages.save_sms_setup(
        db, url=f"http://127.0.0.1:{provider.port}/v1/sms", method="POST", body="json",
        fields="to={to}\ntext={text}\nfrom={sender}", sender="VeloCo", header_name="Authorization",
        secret="Bearer s3cret",
    )  # fmt: skip
    assert "Bearer s3cret" in keyring.kept.values()
    with db.reading() as uow:
        assert all("s3cret" not in (v or "") for v in uow.session.scalars(select(Setting.value)))
    customer = _customer(
        db, phones=(PhoneInput("home", "02 123 45 67"), PhoneInput("mobile", "0470 12 34 56"))
    )
    job = _job(db, customer)
    draft = messages.draft_for_job(db, job, "job_ready", MessageChannel.SMS, TODAY)
    assert draft.recipient == "+32470123456" and draft.subject is None  # the mobile, not the home number
    assert draft.size is not None and draft.size.parts == 1
    messages.queue_message(db, draft, NOW)
    assert messages.send_queued(db, NOW).sent == 1
    ((method, path, headers, body),) = provider.requests
    assert (method, path, headers["Authorization"]) == ("POST", "/v1/sms", "Bearer s3cret")
    sent = json.loads(body)
    assert sent == {"to": "+32470123456", "text": draft.body, "from": "VeloCo"}
    (row,) = messages.list_outbox(db)
    assert row.status is MessageStatus.SENT and row.answer is not None and '"SM123"' in row.answer
    with db.reading() as uow:
        contact = uow.session.scalars(select(Interaction).where(Interaction.customer_id == customer)).one()
        assert contact.channel is Channel.MESSAGE and contact.job_id == job


def test_a_busy_provider_is_tried_again_a_refusal_is_not(opened: OpenedDatabase, provider: Provider) -> None:
    db = opened.database
    set_setting(db, "shop.country", "BE")
    messages.save_sms_setup(db, url=f"http://127.0.0.1:{provider.port}/sms", method="POST", body="form",
                            fields="to={to}\ntext={text}", sender="Shop", header_name=None)  # fmt: skip
    customer = _customer(db, phones=(PhoneInput("mobile", "+32 470 12 34 56"),))
    draft = messages.draft_message(
        db, customer, MessageChannel.SMS, "satisfaction_question", {"product": "bike"}
    )
    provider.status = 503
    messages.queue_message(db, draft, NOW)
    assert messages.send_queued(db, NOW).retrying == 1
    provider.status = 400
    assert messages.send_queued(db, NOW + timedelta(minutes=2)).failed == 1
    (row,) = messages.list_outbox(db)
    assert row.status is MessageStatus.FAILED and "refused the message (400" in (row.error or "")
    assert b"text=Our+shop%3A+how+is+your+bike" in provider.requests[0][3]  # the form, encoded


# ------------------------------------------------------------------------- at most once, even on kill


@pytest.mark.sqlite_only
def test_a_kill_during_sending_never_sends_a_message_twice(
    opened: OpenedDatabase, db_paths: Any, mailbox: Mailbox
) -> None:
    """``kill -9`` while the server holds the first message: that one becomes failed ("it may have
    gone", never retried by itself), the others go once; nothing reaches the server twice."""
    db = opened.database
    _set_up_email(db, mailbox.port)
    for n in range(3):
        customer = _customer(db, name=f"Customer {n}", email=f"c{n}@example.com")
        messages.queue_message(db, messages.draft_for_job(db, _job(db, customer), "job_ready",
                                                          MessageChannel.EMAIL, TODAY), NOW)  # fmt: skip
    mailbox.hold = threading.Event()
    sender = subprocess.Popen(
        [sys.executable, "-m", "crm_desktop", *database_option(db_paths), "messages", "send-queued"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not mailbox.received and time.monotonic() < deadline and sender.poll() is None:
        time.sleep(0.05)
    assert mailbox.received, sender.communicate()
    os.kill(sender.pid, signal.SIGKILL)
    sender.wait()
    mailbox.hold.set()
    statuses = sorted(row.status.value for row in messages.list_outbox(db))
    assert statuses == ["queued", "queued", "sending"]

    soon = datetime.now(UTC) + timedelta(minutes=1)  # another sender starting at once: it may be sending
    assert messages.send_queued(db, soon).sent == 2
    assert sorted(row.status.value for row in messages.list_outbox(db)) == ["sending", "sent", "sent"]
    later = datetime.now(UTC) + messages.STALE + timedelta(minutes=1)
    report = messages.send_queued(db, later)
    assert (report.sent, report.failed) == (0, 1)
    (interrupted,) = messages.list_outbox(db, failed_only=True)
    assert interrupted.error == messages.INTERRUPTED
    ids = [mail["Message-ID"] for mail in mailbox.messages()]
    assert len(ids) == 3 and len(set(ids)) == 3  # each message reached the server once
    assert messages.send_queued(db, later + timedelta(days=1)).sent == 0


# ------------------------------------------------------------------------------------- command line


def test_the_command_line_sets_up_tests_sends_and_lists(
    opened: OpenedDatabase, db_paths: Any, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    import io

    from crm_desktop.cli import main

    keyring = use_memory_keyring(monkeypatch)
    db = opened.database
    where = database_option(db_paths)
    monkeypatch.setattr(sys, "stdin", io.StringIO("pa55-wörd\n"))
    assert main([*where, "messages", "setup", "--smtp-host", "127.0.0.1", "--smtp-port", str(mailbox.port),
                 "--no-encryption", "--from", "shop@velo.example", "--from-name", "Vélo"]) == 0  # fmt: skip
    assert "through 127.0.0.1" in capsys.readouterr().out
    assert main([*where, "messages", "test", "--to", "owner@velo.example"]) == 0
    assert "The server said: 250 2.0.0 Ok: queued as TEST1" in capsys.readouterr().out
    assert str(mailbox.messages()[0]["To"]) == "owner@velo.example"

    messages.queue_message(db, messages.draft_for_job(db, _job(db, _customer(db)), "job_ready",
                                                      MessageChannel.EMAIL, TODAY), NOW)  # fmt: skip
    assert main([*where, "messages"]) == 0
    assert "queued" in capsys.readouterr().out
    assert main([*where, "messages", "send-queued"]) == 0
    assert capsys.readouterr().out.strip() == "1 sent."
    assert main([*where, "messages", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["status"] == "sent" and listed["to"] == "zoe@example.com"
    assert main([*where, "messages", "--failed"]) == 0
    assert capsys.readouterr().out.strip() == "No failed messages."
    assert keyring.kept == {}  # no user: no password asked, none kept

    setup = ["setup", "--smtp-host", "127.0.0.1", "--user", "shop", "--password-stdin"]
    assert main([*where, "messages", *setup, "--from", "shop@velo.example"]) == 0
    assert list(keyring.kept.values()) == ["pa55-wörd"]
    with db.reading() as uow:
        assert all("pa55" not in (v or "") for v in uow.session.scalars(select(Setting.value)))
        assert uow.session.scalar(select(OutboxMessage.answer)) == "250 2.0.0 Ok: queued as TEST1"


def test_an_unset_shop_gets_a_clear_message(opened: OpenedDatabase, db_paths: Any, capsys: Any) -> None:
    from crm_desktop.cli import main

    assert main([*database_option(db_paths), "messages", "test", "--to", "me@example.com"]) == 1
    assert "E-mail is not set up yet" in capsys.readouterr().err
    assert main([*database_option(db_paths), "messages", "setup", "--smtp-host", "bad host",
                 "--from", "shop@example.com"]) == 1  # fmt: skip
    assert "The mail server is a name such as smtp.example.com" in capsys.readouterr().err


def test_a_template_sent_by_itself_goes_when_the_job_is_taken_in_and_when_it_is_ready(
    opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    from crm_desktop.domain.enums import JobStatus
    from crm_desktop.services.jobs import move_job

    db = opened.database
    _set_up_email(db, mailbox.port)
    for event in ("job_received", "job_ready"):
        built = messages.template_of(db, event, MessageChannel.EMAIL)
        messages.save_template(db, event, MessageChannel.EMAIL, subject=built.subject, body=built.body,
                               sending=SendingMode.AUTO)  # fmt: skip
    job = _job(db, _customer(db))
    (received,) = messages.list_outbox(db)
    assert received.event == "job_received" and "ready by Wednesday, 2 December 2026" in received.body
    for status in (JobStatus.REPAIRING, JobStatus.READY):
        move_job(db, job, status, NOW)
    assert [row.event for row in messages.list_outbox(db)] == ["job_ready", "job_received"]
    assert messages.send_queued(db, NOW).sent == 2
    assert sorted(str(m["Subject"]) for m in mailbox.messages()) == [
        "We have your Vélo électrique Gazelle (J-0001)",
        "Your Vélo électrique Gazelle is ready (J-0001)",
    ]
    received_mail = next(m for m in mailbox.messages() if str(m["Subject"]).startswith("We have"))
    (receipt,) = list(received_mail.iter_attachments())  # the intake receipt goes with it
    assert receipt.get_filename() == "receipt-J-0001.pdf" and receipt.get_content().startswith(b"%PDF")
    ready_mail = next(m for m in mailbox.messages() if str(m["Subject"]).startswith("Your"))
    assert list(ready_mail.iter_attachments()) == []
    # Asking before sending (the default) queues nothing by itself: the window offers it instead.
    no = _customer(db, name="Ann No", email="ann@example.com", contact_consent=False)
    other = _job(db, no)
    move_job(db, other, JobStatus.REPAIRING, NOW)
    move_job(db, other, JobStatus.READY, NOW)
    assert len(messages.list_outbox(db)) == 2  # she said no: nothing queued for her
    assert messages.event_drafts(db, "job_ready", no, {}, messages.Links(job_id=other)) == ()


def test_a_moved_promise_and_a_resolved_request_tell_the_customer_by_themselves_when_set_so(
    opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    from crm_desktop.domain.enums import RequestStatus
    from crm_desktop.services import promises, requests

    db = opened.database
    _set_up_email(db, mailbox.port)
    for event in ("promise_moved", "request_resolved"):
        built = messages.template_of(db, event, MessageChannel.EMAIL)
        messages.save_template(db, event, MessageChannel.EMAIL, subject=built.subject, body=built.body,
                               sending=SendingMode.AUTO)  # fmt: skip
    customer = _customer(db)
    promise = promises.record_promise(
        db, customer, "SIM activation", TODAY + timedelta(days=3), TODAY, now=NOW
    )
    promises.change_promise_date(
        db, promise.id, TODAY + timedelta(days=7), "the network is late", TODAY, now=NOW
    )
    requests.ensure_default_request_kinds(db)
    kind = requests.list_request_kinds(db)[0]
    opened_request = requests.open_request(
        db, requests.RequestInput(customer_id=customer, kind_id=kind.id, summary="Lost phone"),
        today=TODAY, now=NOW, staff_id=None,
    )  # fmt: skip
    requests.move_request(db, opened_request.id, RequestStatus.RESOLVED, now=NOW, staff_id=None, note="Done")
    assert messages.send_queued(db, NOW).sent == 2
    subjects = sorted(str(m["Subject"]) for m in mailbox.messages())
    assert subjects == ["New date: SIM activation", f"Your request {opened_request.number_text} is resolved"]
    moved = next(m for m in mailbox.messages() if str(m["Subject"]).startswith("New date"))
    text = moved.get_body(("plain",)).get_content()
    assert "Saturday, 5 December 2026" in text and "Wednesday, 9 December 2026" in text
    assert "Why: the network is late" in text


def test_reminders_due_today_go_by_themselves_once_when_set_so(
    opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    from crm_desktop.domain.enums import FollowUpKind
    from crm_desktop.services.contacts import FollowUpInput, schedule_follow_up

    db = opened.database
    _set_up_email(db, mailbox.port)
    customer = _customer(db)
    said_no = _customer(db, name="Ann No", email="ann@example.com", contact_consent=False)

    def plan(who: int, kind: FollowUpKind, title: str, due: date) -> int:
        return schedule_follow_up(db, who, FollowUpInput(kind, title, due), TODAY)

    service = plan(customer, FollowUpKind.SERVICE_REMINDER, "Yearly boiler service", TODAY)
    plan(customer, FollowUpKind.CALL, "Call about the order", TODAY)
    plan(customer, FollowUpKind.SATISFACTION, "How is it?", TODAY + timedelta(days=3))
    plan(said_no, FollowUpKind.SERVICE_REMINDER, "Service", TODAY)
    assert messages.queue_due_reminders(db, TODAY, NOW) == 0  # asking before sending (the default): none
    built = messages.template_of(db, "follow_up_reminder", MessageChannel.EMAIL)
    auto = SendingMode.AUTO
    messages.save_template(
        db, built.event, built.channel, subject=built.subject, body=built.body, sending=auto
    )
    report = messages.send_due(db, TODAY, NOW)
    assert report.sent == 1  # the service reminder due today; not the call, not the later one, not Ann
    (mail,) = mailbox.messages()
    assert str(mail["Subject"]) == "Yearly boiler service"
    assert "is due on Wednesday, 2 December 2026" in mail.get_body(("plain",)).get_content()
    (row,) = messages.list_outbox(db)
    with db.reading() as uow:
        assert (
            uow.session.scalar(select(OutboxMessage.follow_up_id).where(OutboxMessage.id == row.id))
            == service
        )
    assert messages.send_due(db, TODAY + timedelta(days=1), NOW + timedelta(days=1)).sent == 0  # once only


# --------------------------------------------------------------------------- what a review found


def test_a_no_given_after_queueing_stops_the_message_and_says_why(
    opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    db = opened.database
    _set_up_email(db, mailbox.port)
    customer = _customer(db)
    draft = messages.draft_for_job(db, _job(db, customer), "job_ready", MessageChannel.EMAIL, TODAY)
    messages.queue_message(db, draft, NOW)
    messages.set_channel_consent(db, customer, MessageChannel.EMAIL, False, "replied STOP", NOW)
    assert messages.send_queued(db, NOW).sent == 0 and not mailbox.received
    (row,) = messages.list_outbox(db)
    assert row.status is MessageStatus.CANCELLED and row.error == "Zoë Øster-Łukasiewicz said no to e-mails."


def test_an_address_or_a_sender_that_breaks_fails_in_words_and_the_batch_goes_on(
    opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    db = opened.database
    _set_up_email(db, mailbox.port)
    odd = _customer(db, name="Zoë", email="zoë@example.com")
    draft = messages.draft_message(
        db, odd, MessageChannel.EMAIL, "satisfaction_question", {"product": "bike"}
    )
    assert draft.refusal is not None and "letters before the @" in draft.refusal
    with pytest.raises(UserFacingError, match="letters before the @"):
        messages.send_test_email(db, "zoë@example.com", NOW)

    for n in range(2):
        customer = _customer(db, name=f"C{n}", email=f"c{n}@example.com")
        draft = messages.draft_message(
            db, customer, MessageChannel.EMAIL, "satisfaction_question", {"product": "x"}
        )
        messages.queue_message(db, draft, NOW)
    calls: list[str] = []

    def breaks_once(settings: Any, password: Any, message: EmailMessage) -> str:
        calls.append(str(message["To"]))
        if len(calls) == 1:
            raise RuntimeError("something unforeseen")
        return "250 OK"

    report = messages.send_queued(db, NOW, email_sender=breaks_once)
    assert (report.sent, report.failed) == (1, 1) and len(calls) == 2  # the second still went
    (failed,) = messages.list_outbox(db, failed_only=True)
    assert failed.error == "It could not be sent (RuntimeError); nothing went."


def test_a_computer_without_the_password_leaves_the_message_to_one_that_has_it(
    opened: OpenedDatabase, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring = use_memory_keyring(monkeypatch)
    db = opened.database
    messages.save_email_setup(
        db, host="127.0.0.1", port=mailbox.port, security="none", user="shop",
        from_address="shop@velo.example", from_name="Shop", password="s3cret",
    )  # fmt: skip
    event = "satisfaction_question"
    draft = messages.draft_message(db, _customer(db), MessageChannel.EMAIL, event, {"product": "bike"})
    messages.queue_message(db, draft, NOW)
    keyring.kept.clear()  # another computer: the keyring is each computer's own
    report = messages.send_queued(db, NOW)
    assert (report.sent, report.failed, report.retrying, report.left) == (0, 0, 0, 1)
    assert (
        messages.list_outbox(db)[0].status is MessageStatus.QUEUED
        and messages.list_outbox(db)[0].attempts == 0
    )


def test_an_sms_key_is_kept_on_one_line_and_never_shown(
    opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring = use_memory_keyring(monkeypatch)
    db = opened.database
    setup = {"url": "https://sms.example.com/send", "method": "POST", "body": "form",
             "fields": "to={to}\ntext={text}", "sender": "Shop", "header_name": "Authorization"}  # fmt: skip
    messages.save_sms_setup(db, **setup, secret="Bearer TOPSECRET42\n")  # pasted with its line break
    assert list(keyring.kept.values()) == ["Bearer TOPSECRET42"]
    with pytest.raises(ValidationError, match="one line of plain characters") as refused:
        messages.save_sms_setup(db, **setup, secret="Bearer TOP\nSECRET")
    assert "TOP" not in str(refused.value)


def test_a_connection_that_breaks_while_the_message_goes_is_not_retried(opened: OpenedDatabase) -> None:
    """The server took the message's data but the connection broke before its answer: it may have gone,
    so it is failed ("check before sending again"), never tried again by itself."""
    import socketserver

    class Breaks(socketserver.StreamRequestHandler):
        def handle(self) -> None:
            self.wfile.write(b"220 local\r\n")
            while line := self.rfile.readline():
                word = line[:4].upper()
                if word == b"EHLO":
                    self.wfile.write(b"250 local\r\n")
                elif word == b"DATA":
                    self.wfile.write(b"354 go on\r\n")
                    while self.rfile.readline() not in (b".\r\n", b""):
                        pass
                    return  # the data came; the answer never does
                else:
                    self.wfile.write(b"250 OK\r\n")

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Breaks)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        db = opened.database
        _set_up_email(db, server.server_address[1])
        draft = messages.draft_message(
            db, _customer(db), MessageChannel.EMAIL, "satisfaction_question", {"product": "x"}
        )
        messages.queue_message(db, draft, NOW)
        report = messages.send_queued(db, NOW)
    finally:
        server.shutdown()
        server.server_close()
    assert (report.sent, report.retrying, report.failed) == (0, 0, 1)
    (row,) = messages.list_outbox(db)
    assert "broke while it was taking the message" in (row.error or "") and "it may have gone" in (
        row.error or ""
    )


def test_merging_a_duplicate_keeps_its_no_and_its_messages(opened: OpenedDatabase, mailbox: Mailbox) -> None:
    from crm_desktop.services.customers import merge_customers

    db = opened.database
    _set_up_email(db, mailbox.port)
    keep = _customer(db, name="Zoë Øster", email="zoe@example.com")
    dupe = _customer(db, name="Zoe Oster", email="zoe.o@example.com")
    messages.queue_message(db, messages.draft_message(db, dupe, MessageChannel.EMAIL, "satisfaction_question",
                                                      {"product": "bike"}), NOW)  # fmt: skip
    messages.set_channel_consent(db, dupe, MessageChannel.EMAIL, False, "replied STOP", NOW)
    merge_customers(db, keep, dupe)
    consent = messages.consent_of(db, keep)
    assert consent.email is False and [e.source for e in consent.history] == ["replied STOP"]
    assert [row.customer_id for row in messages.list_outbox(db)] == [keep]
    assert messages.send_queued(db, NOW).sent == 0  # the no came along


def test_a_reminder_already_sent_is_not_offered_again_and_send_again_uses_the_address_on_file(
    opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    from crm_desktop.domain.enums import FollowUpKind
    from crm_desktop.services.contacts import FollowUpInput, schedule_follow_up
    from crm_desktop.services.customers import get_customer, update_customer

    db = opened.database
    _set_up_email(db, mailbox.port)
    customer = _customer(db)
    reminder = schedule_follow_up(
        db, customer, FollowUpInput(FollowUpKind.SERVICE_REMINDER, "Service", TODAY), TODAY
    )
    (draft,) = messages.reminder_drafts(db, reminder)
    mailbox.refuse_rcpt = "550 no such user"
    (row,) = messages.send_now(db, [draft], NOW)
    assert row.status is MessageStatus.FAILED
    assert messages.reminder_drafts(db, reminder) == ()  # it was tried: see the outbox
    details = get_customer(db, customer)
    update_customer(db, customer, CustomerInput(name=details.name, email="zoe.new@example.com"))
    mailbox.refuse_rcpt = None
    again = messages.send_again(db, row.id, NOW)
    assert again.recipient == "zoe.new@example.com"
    assert messages.send_queued(db, NOW).sent == 1 and mailbox.received[-1].rcpt_tos == [
        "zoe.new@example.com"
    ]


def test_who_changed_the_setup_a_template_or_a_message_is_in_the_audit_trail(
    opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    from crm_desktop.domain.enums import StaffRole
    from crm_desktop.services.staff import StaffInput, add_staff
    from crm_desktop.storage.models import AuditEntry

    db = opened.database
    owner = add_staff(db, StaffInput("Olga Owner", (StaffRole.OWNER,)), staff_id=None).id
    messages.save_email_setup(db, host="127.0.0.1", port=mailbox.port, security="none", user=None,
                              from_address="shop@velo.example", from_name="Shop", staff_id=owner)  # fmt: skip
    built = messages.template_of(db, "job_ready", MessageChannel.EMAIL)
    messages.save_template(db, "job_ready", MessageChannel.EMAIL, subject=built.subject, body=built.body,
                           sending=SendingMode.AUTO, staff_id=owner)  # fmt: skip
    mailbox.refuse_rcpt = "550 no such user"
    draft = messages.draft_for_job(db, _job(db, _customer(db)), "job_ready", MessageChannel.EMAIL, TODAY)
    (row,) = messages.send_now(db, [draft], NOW, staff_id=owner)
    messages.send_again(db, row.id, NOW, staff_id=owner)
    messages.cancel_message(db, row.id, staff_id=owner)
    with db.reading() as uow:
        trail = uow.session.execute(
            select(AuditEntry.entity, AuditEntry.field, AuditEntry.new_value, AuditEntry.staff_id)
            .where(AuditEntry.entity.in_(("setting", "message_template", "outbox_message")))
            .order_by(AuditEntry.id)
        ).all()
    assert [(e, f, n) for e, f, n, _who in trail] == [
        ("setting", "messages.smtp", f"127.0.0.1:{mailbox.port} (none) from shop@velo.example"),
        ("message_template", "job_ready email", "auto"),
        ("outbox_message", "status", "queued"),
        ("outbox_message", "status", "cancelled"),
    ]
    assert {who for *_rest, who in trail} == {owner}


def test_an_import_reads_the_consent_column_and_keeps_it_in_the_history(opened: OpenedDatabase) -> None:
    from crm_desktop.interchange.mapping import ImportKind, guess_mapping
    from crm_desktop.interchange.readers import open_table
    from crm_desktop.services.imports import ImportOptions, import_table

    db = opened.database
    file = Path(opened.paths.data_dir) / "people.csv"
    file.write_text(
        "Name,Email,Contact consent\nAnn Yes,ann@example.com,yes\nBob No,bob@example.com,no\n"
        "Cid Blank,cid@example.com,\nDee Maybe,dee@example.com,maybe\n",
        encoding="utf-8",
    )
    mapping = guess_mapping(ImportKind.CUSTOMERS, open_table(file).header)
    report = import_table(
        db, open_table(file), mapping, staff_id=None, today=TODAY, options=ImportOptions(skip_bad_rows=True)
    )
    assert (report.added, report.bad) == (3, 1)
    assert [str(p) for p in report.problems] == ["Line 5: 'maybe' is not yes or no"]
    answers = {}
    with db.reading() as uow:
        from crm_desktop.storage.models import Customer

        for customer in uow.session.scalars(select(Customer)):
            answers[customer.name] = messages.consent_of(db, customer.id)
    assert (answers["Ann Yes"].general, answers["Bob No"].general, answers["Cid Blank"].general) == (
        True,
        False,
        None,
    )
    assert [(e.answer, e.source) for e in answers["Bob No"].history] == [(False, "imported")]
    said_no = next(c for c in answers.values() if c.customer_name == "Bob No")
    draft = messages.draft_message(db, said_no.customer_id, MessageChannel.EMAIL, "satisfaction_question", {})
    assert draft.refusal == "Bob No said no to being contacted."
