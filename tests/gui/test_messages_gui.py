"""Messages from the window: Settings → Messages with its test message, the outbox, Today's notice of a
failed message, and "Tell the customer" sending through the shop's mail server (a real one on localhost)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.domain.enums import Channel, MessageChannel, MessageStatus
from crm_desktop.domain.validation import CustomerInput
from crm_desktop.services import messages
from crm_desktop.services.customers import create_customer
from crm_desktop.services.jobs import JobInput, open_job
from crm_desktop.storage.models import Interaction
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.job_dialogs import TellCustomerDialog
from crm_desktop.ui.messages_dialogs import MessagesSetupDialog, OutboxDialog
from crm_desktop.ui.today_page import TodayPage
from tests.gui.waiting import settle
from tests.mail_server import Mailbox
from tests.support import GUI_NOW, GUI_TODAY, context_of, use_memory_keyring


def _set_up(opened: OpenedDatabase, mailbox: Mailbox) -> None:
    messages.save_email_setup(
        opened.database, host="127.0.0.1", port=mailbox.port, security="none", user=None,
        from_address="shop@velo.example", from_name="Vélo & Co",
    )  # fmt: skip


def _customer_with_job(opened: OpenedDatabase, **kw: object) -> tuple[int, int]:
    values: dict[str, object] = {"name": "Zoë Øster", "email": "zoe@example.com"}
    values.update(kw)
    customer = create_customer(opened.database, CustomerInput(**values)).id  # type: ignore[arg-type]
    job = open_job(
        opened.database,
        JobInput(
            customer_id=customer, unit_description="E-bike", reported_problem="Brakes", ready_by=GUI_TODAY
        ),
        GUI_TODAY,
        GUI_NOW,
    ).id
    return customer, job


def test_settings_messages_saves_the_mail_server_and_sends_a_test(
    qtbot: QtBot, opened: OpenedDatabase, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring = use_memory_keyring(monkeypatch)
    dialog = MessagesSetupDialog(context_of(opened))
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.port.setValue(mailbox.port)
    dialog.user.setText("shop")
    dialog.password.setText("s3cret-pass")
    dialog.from_address.setText("shop@velo.example")
    dialog.save_email_button.click()
    settle()
    assert dialog.notice.text().startswith("Saved: e-mail goes through 127.0.0.1:")
    assert dialog.password.text() == "" and "kept in the keyring" in dialog.password.placeholderText()
    assert list(keyring.kept.values()) == ["s3cret-pass"]

    # The local server offers no login: the test message says so, in the dialog, in words.
    dialog.test_to.setText("owner@velo.example")
    dialog.test_button.click()
    settle()
    assert not dialog.error.isHidden() and "mail server" in dialog.error.text()

    dialog.user.setText("")
    dialog.save_email_button.click()
    settle()
    dialog.test_button.click()
    settle()
    assert "The server said: 250 2.0.0 Ok: queued as TEST1" in dialog.notice.text()
    assert str(mailbox.messages()[0]["To"]) == "owner@velo.example"


def test_a_failed_message_shows_on_today_until_the_outbox_is_opened_then_goes_again(
    qtbot: QtBot, opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    _set_up(opened, mailbox)
    context = context_of(opened)
    _customer, job = _customer_with_job(opened)
    draft = messages.draft_for_job(opened.database, job, "job_ready", MessageChannel.EMAIL, GUI_TODAY)
    messages.queue_message(opened.database, draft, GUI_NOW)
    mailbox.refuse_rcpt = "550 5.1.1 no such user"
    assert messages.send_queued(opened.database, GUI_NOW).failed == 1

    page = TodayPage(context)
    qtbot.addWidget(page)
    assert not page.messages_notice.isHidden()
    assert "1 message to customers could not be sent" in page.messages_notice.text()

    outbox = OutboxDialog(context, failed_only=True)
    qtbot.addWidget(outbox)
    settle()
    assert outbox.model.rowCount() == 1 and "no such user" in outbox.model.data(outbox.model.index(0, 5))
    page.refresh()
    assert page.messages_notice.isHidden()  # someone has looked

    mailbox.refuse_rcpt = None
    outbox.table.selectRow(0)
    assert outbox.again_button.isEnabled()
    outbox.again_button.click()
    settle()
    outbox.show_failed.setChecked(False)
    outbox.send_now_button.click()
    settle()
    assert [row.status for row in outbox.model.rows] == [MessageStatus.SENT]
    assert outbox.model.data(outbox.model.index(0, 0)) == "Sent"
    assert len(mailbox.received) == 1


def test_tell_the_customer_sends_through_the_shops_mail_server(
    qtbot: QtBot, opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    _set_up(opened, mailbox)
    customer, job = _customer_with_job(opened)
    dialog = TellCustomerDialog(context_of(opened), customer, None, job_id=job, ref="J-0001")
    qtbot.addWidget(dialog)
    assert dialog.send_email_button.isEnabled()
    assert dialog.send_email_button.toolTip() == "Send it now from the shop to zoe@example.com"
    assert not dialog.send_sms_button.isEnabled()
    assert dialog.send_sms_button.toolTip() == "No mobile number on file for Zoë Øster."
    dialog.text.setPlainText(dialog.text.toPlainText() + "\nSee you soon!")
    dialog.send_email_button.click()
    settle()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.logged
    (mail,) = mailbox.messages()
    assert str(mail["Subject"]) == "Your repair J-0001"
    assert mail.get_body(("plain",)).get_content().rstrip().endswith("See you soon!")
    with opened.database.reading() as uow:
        contact = uow.session.scalars(select(Interaction).where(Interaction.customer_id == customer)).one()
        assert contact.channel is Channel.EMAIL and contact.job_id == job


def test_a_customer_who_said_no_is_not_offered_a_message(
    qtbot: QtBot, opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    _set_up(opened, mailbox)
    customer, job = _customer_with_job(opened, contact_consent=False)
    dialog = TellCustomerDialog(context_of(opened), customer, None, job_id=job, ref="J-0001")
    qtbot.addWidget(dialog)
    assert not dialog.send_email_button.isEnabled()
    assert dialog.send_email_button.toolTip() == "Zoë Øster said no to being contacted."
    assert messages.send_queued(opened.database, GUI_NOW + timedelta(hours=1)).sent == 0


def test_the_template_editor_previews_on_a_real_customer_and_saves(
    qtbot: QtBot, opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    from crm_desktop.domain.enums import SendingMode
    from crm_desktop.ui.messages_dialogs import TemplatesDialog

    _set_up(opened, mailbox)
    _customer_with_job(opened)
    create_customer(opened.database, CustomerInput(name="Bob Other"))
    dialog = TemplatesDialog(context_of(opened))
    qtbot.addWidget(dialog)
    dialog.which.setCurrentIndex(dialog.which.findData("job_ready"))
    assert "To Zoë Øster" in dialog.preview.text()  # the newest customer with an e-mail address
    assert "Your E-bike is ready (J-0001)" in dialog.preview.text()  # her own job
    dialog.body.setPlainText("Bonjour {first_name}, votre {unit} est prêt. {frist_name}")
    assert "{frist_name} is not a placeholder" in dialog.error.text() and not dialog.error.isHidden()
    dialog.body.setPlainText("Bonjour {first_name}, votre {unit} est prêt.")
    assert dialog.error.isHidden() and "Bonjour Zoë, votre E-bike est prêt." in dialog.preview.text()
    dialog.customer.setText("Bob Other")
    assert "To Bob Other" in dialog.preview.text() and "votre e-bike est prêt" in dialog.preview.text()
    dialog.sending.setCurrentIndex(dialog.sending.findData(SendingMode.AUTO))
    dialog.save_button.click()
    settle()
    saved = messages.template_of(opened.database, "job_ready", MessageChannel.EMAIL)
    assert (
        saved.edited and saved.sending is SendingMode.AUTO and saved.body.startswith("Bonjour {first_name}")
    )

    dialog.channel.setCurrentIndex(dialog.channel.findData(MessageChannel.SMS))
    assert dialog.subject.isHidden() and dialog.size_label.text().startswith("SMS: ")
    assert "of 160 characters, 1 part" in dialog.size_label.text()
    dialog.body.setPlainText("Łukasz " * 12)
    assert "in Unicode: 2 parts (67 each)" in dialog.size_label.text()


def test_a_job_marked_ready_asks_to_tell_the_customer_and_sends_what_is_ticked(
    qtbot: QtBot, opened: OpenedDatabase, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.domain.enums import JobStatus
    from crm_desktop.services.jobs import move_job
    from crm_desktop.ui.job_dialogs import JobWindow
    from crm_desktop.ui.messages_dialogs import AskToSendDialog

    _set_up(opened, mailbox)
    _customer, job = _customer_with_job(opened)
    move_job(opened.database, job, JobStatus.REPAIRING, GUI_NOW)
    asked: list[str] = []

    def answer(self: AskToSendDialog) -> int:
        (box, draft), *_others = self.choices
        asked.append(f"{box.text()}: {draft.subject}")
        self.send_button.click()
        settle()
        return int(self.result())

    monkeypatch.setattr(AskToSendDialog, "exec", answer)
    win = JobWindow(context_of(opened), job)
    qtbot.addWidget(win)
    win.move_to(JobStatus.READY)
    settle()
    assert asked == ["E-mail to zoe@example.com: Your E-bike is ready (J-0001)"]
    (mail,) = mailbox.messages()
    assert str(mail["Subject"]) == "Your E-bike is ready (J-0001)"
    assert [row.status for row in messages.list_outbox(opened.database)] == [MessageStatus.SENT]


def test_choosing_another_message_asks_before_losing_an_edited_template(
    qtbot: QtBot, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    import crm_desktop.ui.messages_dialogs as dialogs

    _customer_with_job(opened)
    dialog = dialogs.TemplatesDialog(context_of(opened))
    qtbot.addWidget(dialog)
    dialog.show()
    answers = [False, True]
    monkeypatch.setattr(dialogs, "confirm_discard", lambda _parent, _what: answers.pop(0))
    first = dialog.which.currentData()
    dialog.body.setPlainText("Edited by hand {first_name}")
    dialog.which.setCurrentIndex(2)  # Keep editing: the choice goes back, the text stays
    assert dialog.which.currentData() == first and dialog.body.toPlainText() == "Edited by hand {first_name}"
    dialog.which.setCurrentIndex(2)  # Discard: the other message's template
    assert dialog.which.currentIndex() == 2 and dialog.body.toPlainText() != "Edited by hand {first_name}"
    assert answers == [] and not dialog.is_modified()


def test_consent_per_channel_is_kept_with_its_source_and_respected(
    qtbot: QtBot, opened: OpenedDatabase, mailbox: Mailbox
) -> None:
    from crm_desktop.ui.messages_dialogs import ConsentDialog

    _set_up(opened, mailbox)
    customer, job = _customer_with_job(opened, contact_consent=True)
    dialog = ConsentDialog(context_of(opened), customer)
    qtbot.addWidget(dialog)
    assert "agrees to be contacted" in dialog.general.text()
    dialog.email.setCurrentIndex(dialog.email.findData(False))
    dialog.source.setText("replied: no e-mails please")
    dialog.save()
    settle()
    consent = messages.consent_of(opened.database, customer)
    assert (consent.general, consent.email, consent.sms) == (True, False, None)
    assert ("email", False, "replied: no e-mails please") in [
        (e.channel, e.answer, e.source) for e in consent.history
    ]
    tell = TellCustomerDialog(context_of(opened), customer, None, job_id=job, ref="J-0001")
    qtbot.addWidget(tell)
    assert not tell.send_email_button.isEnabled()
    assert tell.send_email_button.toolTip() == "Zoë Øster said no to e-mails."


def test_tell_the_customer_counts_an_sms_as_it_is_typed(qtbot: QtBot, opened: OpenedDatabase) -> None:
    from crm_desktop.domain.validation import PhoneInput
    from crm_desktop.services.settings import set_setting

    set_setting(opened.database, "shop.country", "BE")
    messages.save_sms_setup(opened.database, url="https://sms.example.com/send", method="POST", body="form",
                            fields="to={to}\ntext={text}", sender="Shop", header_name=None)  # fmt: skip
    customer, job = _customer_with_job(opened, phones=(PhoneInput("mobile", "0470 12 34 56"),))
    dialog = TellCustomerDialog(context_of(opened), customer, None, job_id=job, ref="J-0001")
    qtbot.addWidget(dialog)
    assert dialog.send_sms_button.isEnabled() and dialog.send_sms_button.toolTip().endswith("+32470123456")
    dialog.text.setPlainText("Your bike is ready.")
    assert dialog.sms_size.text() == "As an SMS: 19 of 160 characters, 1 part"
    dialog.text.setPlainText("Łukasz, " * 10)
    assert dialog.sms_size.text() == "As an SMS: 80 characters in Unicode: 2 parts (67 each)"


def test_the_call_list_sends_the_update_instead_of_a_call(
    qtbot: QtBot, opened: OpenedDatabase, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A customer waiting for news gets the prepared message from the call list; the next call comes."""
    from crm_desktop.services.demo import fill_demo
    from crm_desktop.ui.call_list_dialog import CallListDialog

    fill_demo(opened.database, customers=60, seed=4, today=GUI_TODAY)
    _set_up(opened, mailbox)
    dialog = CallListDialog(context_of(opened))
    qtbot.addWidget(dialog)
    settle()
    while (call := dialog.current()) is not None and not (
        call.is_news and _has_email(opened, call.customer_id)
    ):
        assert not dialog.send_update_button.isVisibleTo(dialog) or call.is_news
        dialog.skip_button.click()
    assert call is not None, "the sample shop has a customer with an e-mail address waiting for news"
    assert dialog.send_update_button.isVisibleTo(dialog)

    def send_it(self: TellCustomerDialog) -> int:
        self.send_email_button.click()
        settle()
        return int(self.result())

    monkeypatch.setattr(TellCustomerDialog, "exec", send_it)
    position = dialog.position
    dialog.send_update_button.click()
    settle()
    assert dialog.position == position + 1 and dialog.last_result.text().endswith("the update was sent")
    assert dialog.tally["messaged"] == 1 and len(mailbox.received) == 1


def _has_email(opened: OpenedDatabase, customer_id: int) -> bool:
    from crm_desktop.services.customers import get_customer

    return bool(get_customer(opened.database, customer_id).email)


def test_today_sends_a_reminder_by_hand_and_says_when_a_follow_up_has_no_message(
    qtbot: QtBot, opened: OpenedDatabase, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.domain.enums import FollowUpKind
    from crm_desktop.services.contacts import FollowUpInput, schedule_follow_up
    from crm_desktop.ui.messages_dialogs import AskToSendDialog

    _set_up(opened, mailbox)
    customer, _job = _customer_with_job(opened)
    plan = FollowUpInput(FollowUpKind.SERVICE_REMINDER, "Yearly e-bike service", GUI_TODAY)
    reminder = schedule_follow_up(opened.database, customer, plan, GUI_TODAY)
    call = schedule_follow_up(
        opened.database, customer, FollowUpInput(FollowUpKind.CALL, "Call", GUI_TODAY), GUI_TODAY
    )
    page = TodayPage(context_of(opened))
    qtbot.addWidget(page)

    def select(follow_up_id: int) -> None:
        row = next(
            n
            for n, r in enumerate(page.model.rows)
            if getattr(r, "kind", "") == "follow_up" and r.id == follow_up_id
        )
        page.table.selectRow(row)

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    select(call)
    assert page.tell_button.isEnabled()
    page.tell_button.click()
    assert said and "There is no message to send for “Call”" in said[0]

    def send(self: AskToSendDialog) -> int:
        self.send_button.click()
        settle()
        return int(self.result())

    monkeypatch.setattr(AskToSendDialog, "exec", send)
    select(reminder)
    page.tell_button.click()
    settle()
    (mail,) = mailbox.messages()
    assert str(mail["Subject"]) == "Yearly e-bike service"
    assert "is due on Monday, 2 November 2026" in mail.get_body(("plain",)).get_content()


def test_taking_a_unit_in_offers_the_job_received_message_with_the_receipt(
    qtbot: QtBot, opened: OpenedDatabase, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.ui.job_dialogs import JobIntakeDialog
    from crm_desktop.ui.messages_dialogs import AskToSendDialog

    _set_up(opened, mailbox)
    customer = create_customer(opened.database, CustomerInput(name="Zoë Øster", email="zoe@example.com")).id
    offered: list[str] = []

    def fill_and_save(self: JobIntakeDialog) -> int:
        self.unit.setText("Pixel 8")
        self.problem.setPlainText("Screen flickers")
        self._save()
        settle()
        return int(self.result())

    def send(self: AskToSendDialog) -> int:
        offered.extend(d.subject or "" for d in self.drafts)
        self.send_button.click()
        settle()
        return int(self.result())

    monkeypatch.setattr(JobIntakeDialog, "exec", fill_and_save)
    monkeypatch.setattr(AskToSendDialog, "exec", send)
    job = JobIntakeDialog.ask(None, context_of(opened), customer)
    assert job is not None and offered == [f"We have your Pixel 8 ({job.number_text})"]
    (mail,) = mailbox.messages()
    (receipt,) = list(mail.iter_attachments())
    assert receipt.get_filename() == f"receipt-{job.number_text}.pdf"


def test_tell_the_customer_with_the_server_down_queues_once_and_says_so(
    qtbot: QtBot, opened: OpenedDatabase
) -> None:
    from tests.mail_server import free_port

    _set_up(opened, Mailbox(free_port()))  # nothing listens there
    customer, job = _customer_with_job(opened)
    dialog = TellCustomerDialog(context_of(opened), customer, None, job_id=job, ref="J-0001")
    qtbot.addWidget(dialog)
    dialog.send_email_button.click()
    settle()
    assert not dialog.error.isHidden() and dialog.error.text().startswith("Not sent yet: The mail server at")
    assert "tried again by itself" in dialog.error.text()
    assert (
        not dialog.send_email_button.isEnabled()
        and dialog.send_email_button.toolTip() == "Already in the outbox"
    )
    (row,) = messages.list_outbox(opened.database)
    assert row.status is MessageStatus.QUEUED and not dialog.logged
