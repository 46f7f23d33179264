"""Settings → Shop server: several computers share one shop on a PostgreSQL server.

The person types where the server is, tests the connection (the answer says what is there: an empty
database, or a shop with so many customers), chooses where the password is kept, then either connects
this computer to the shop on the server or moves this computer's shop onto an empty server. Either way the
window reopens on the server at once, and so does every later start (``server.json`` in the data folder).
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext, start
from crm_desktop.domain.validation import FieldErrors
from crm_desktop.errors import UserFacingError
from crm_desktop.paths import AppPaths, ServerSettings
from crm_desktop.services.server import (
    KEEP_KEYRING,
    KEEP_NOWHERE,
    KEEP_PGPASS,
    ServerCheck,
    check_input,
    current_server,
    keep_password,
    keyring_problem,
    move_shop,
    pgpass_file,
    probe_server,
    use_server,
)
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.tasks import run_in_background
from crm_desktop.ui.widgets import error_label


def tls_choices() -> tuple[tuple[str, str], ...]:
    """The encryption choices: (label, sslmode), in the window's language."""
    return (
        (tr("Encrypt when the server can (prefer)"), "prefer"),
        (tr("Always encrypt (require)"), "require"),
        (tr("Encrypt and check the server's certificate (verify-full)"), "verify-full"),
        (tr("Never encrypt, trusted network only (disable)"), "disable"),
    )


class ServerDialog(QDialog):
    """``opened``: the shop on the server, opened, once the person connected or moved (the window
    switches to it); None when they closed the dialog without."""

    def __init__(self, context: AppContext, home: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Shop server"))
        self.setMinimumWidth(720)
        self.context = context
        self.home = home
        self.opened: AppContext | None = None
        self.checked: ServerCheck | None = None
        self.busy = False
        known = current_server(home.data_dir) if not home.is_sqlite else None
        if known is not None:
            uses = tr("This computer uses the shop server <b>{server}</b>.").format(
                server=escape(known.describe())
            )
        elif home.is_sqlite:
            uses = tr("This computer uses the shop's own file on this computer, <b>{file}</b>.").format(
                file=escape(home.describe())
            )
        else:
            uses = tr(
                "This computer uses the server <b>{server}</b> (given when crm_desktop was started)."
            ).format(server=escape(home.describe()))
        about = tr(
            "Several computers (the counter, the back office, a technician's laptop) can share one shop "
            "on a PostgreSQL server: everyone sees the same customers, and nobody's save overwrites "
            "another's."
        )
        intro = QLabel(f"{about}<br><br>{uses}", self)  # untranslated: layout markup
        intro.setWordWrap(True)
        shown = known or ServerSettings(host="")
        self.host = QLineEdit(shown.host, self)
        self.host.setPlaceholderText(tr("the server's name or address, e.g. shop-server or 192.168.1.20"))
        self.port = QLineEdit(str(shown.port), self)
        self.port.setMaxLength(5)
        self.database = QLineEdit(shown.database, self)
        self.user = QLineEdit(shown.user, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("leave empty if it is already kept, or the server needs none"))
        self.tls = QComboBox(self)
        for label, mode in tls_choices():
            self.tls.addItem(label, mode)
        self.tls.setCurrentIndex(max(0, self.tls.findData(shown.tls)))
        self.keep = QComboBox(self)
        self.keep.addItem(tr("in the system keyring"), KEEP_KEYRING)
        self.keep.addItem(tr("in the password file ({file})").format(file=pgpass_file()), KEEP_PGPASS)
        self.keep.addItem(tr("nowhere: the server needs none"), KEEP_NOWHERE)
        problem = keyring_problem()
        if problem is not None:  # say why, and keep the choice visible but off
            item = self.keep.model().item(0)  # type: ignore[attr-defined]
            item.setEnabled(False)
            item.setToolTip(problem)
            self.keep.setItemText(
                0, tr("in the system keyring (not available: {problem})").format(problem=problem)
            )
            self.keep.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(tr("Server"), self.host)
        form.addRow(tr("Port"), self.port)
        form.addRow(tr("Database"), self.database)
        form.addRow(tr("User"), self.user)
        form.addRow(tr("Password"), self.password)
        form.addRow(tr("Password kept"), self.keep)
        form.addRow(tr("Encryption (TLS)"), self.tls)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.error = error_label(self)
        self.test_button = QPushButton(tr("&Test connection"), self)
        self.move_button = QPushButton(tr("&Move this shop to the server…"), self)
        self.move_button.setToolTip(
            tr(
                "Copies every customer, sale, job and setting onto the empty server database, checks each "
                "table, then opens the shop from there. The file on this computer is left as it is."
            )
        )
        self.connect_button = QPushButton(tr("&Connect to this server"), self)
        self.local_button = QPushButton(tr("Use this computer's &file again"), self)
        self.local_button.setToolTip(
            tr("The shop's own file on this computer; the server and its data stay as they are")
        )
        self.move_button.setEnabled(False)
        self.connect_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in (self.connect_button, self.move_button, self.local_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.move_button.setVisible(context.paths.is_sqlite and context.paths == home)
        self.local_button.setVisible(known is not None)
        testing = QHBoxLayout()
        testing.addWidget(self.test_button)
        testing.addWidget(self.status, 1)
        self.test_button.setDefault(True)
        self.test_button.clicked.connect(self.test)
        self.connect_button.clicked.connect(self.connect_here)
        self.move_button.clicked.connect(self.move_here)
        self.local_button.clicked.connect(self.use_local)
        for field in (self.host, self.port, self.database, self.user, self.password):
            field.textEdited.connect(self._changed)
        self.tls.currentIndexChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(testing)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    # -- reading the form ------------------------------------------------------------------------
    def settings(self) -> ServerSettings | None:
        """The typed server, or None after saying what to fix."""
        self.error.hide()
        try:
            return check_input(
                self.host.text(), self.port.text(), self.database.text(), self.user.text(),
                str(self.tls.currentData()),
            )  # fmt: skip
        except FieldErrors as problems:
            self._fail(UserFacingError(" ".join(problems.errors.values())))
            return None

    def _changed(self) -> None:
        """Another server typed: what was tested no longer says anything about it."""
        self.checked = None
        self.move_button.setEnabled(False)
        self.connect_button.setEnabled(False)
        self.status.clear()

    def _working(self, text: str) -> None:
        self.busy = True
        self.status.setText(text)
        self.error.hide()
        for button in (self.test_button, self.move_button, self.connect_button, self.local_button):
            button.setEnabled(False)

    def _fail(self, error: BaseException) -> None:
        self.busy = False
        self.test_button.setEnabled(True)
        self.local_button.setEnabled(True)
        if not isinstance(error, UserFacingError):
            raise error
        self.status.clear()
        self.error.setText(str(error))
        self.error.show()

    # -- actions ---------------------------------------------------------------------------------
    def test(self) -> None:
        settings = self.settings()
        if settings is None:
            return
        password = self.password.text() or None
        self._working(tr("Connecting to {host}:{port}…").format(host=settings.host, port=settings.port))

        def done(check: ServerCheck) -> None:
            self.busy = False
            self.checked = check
            self.status.setText(check.sentence)
            self.test_button.setEnabled(True)
            self.local_button.setEnabled(True)
            self.connect_button.setEnabled(True)
            self.move_button.setEnabled(check.empty)

        run_in_background(lambda: probe_server(settings, password), done, self._fail)

    def connect_here(self) -> None:
        settings = self.settings()
        if settings is None or self.checked is None:
            return
        if self.checked.empty:
            answer = QMessageBox.question(
                self,
                tr("Start a new shop on the server?"),
                tr(
                    "The database {database} on {host} is empty: connecting starts a new, empty shop there. "
                    "To take this shop's customers along, choose Move this shop to the server instead.\n\n"
                    "Start a new shop on the server?"
                ).format(database=settings.database, host=settings.host),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        password, keep = self.password.text() or None, str(self.keep.currentData())
        data_dir = self.home.data_dir
        self._working(tr("Opening the shop on {host}…").format(host=settings.host))

        def work() -> AppContext:
            keep_password(settings, password, keep)
            return start(use_server(data_dir, settings))

        run_in_background(work, self._opened, self._fail)

    def move_here(self) -> None:
        settings = self.settings()
        if settings is None or self.checked is None or not self.checked.empty:
            return
        answer = QMessageBox.question(
            self,
            tr("Move this shop to the server?"),
            tr(
                "Every customer, sale, job and setting of this shop is copied to the database {database} on "
                "{host}, then checked table by table. From then on this computer uses the server; the file "
                "on this computer is left as it is, as a way back.\n\n"
                "Do this while nobody else is using the shop. Move it now?"
            ).format(database=settings.database, host=settings.host),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        password, keep = self.password.text() or None, str(self.keep.currentData())
        data_dir, database = self.home.data_dir, self.context.database
        self._working(tr("Moving the shop to the server and checking every table…"))
        moved: list[str] = []

        def work() -> AppContext:
            keep_password(settings, password, keep)
            report = move_shop(database, settings)
            tables = tr("%n table(s)", None, len(report.tables))
            moved.append(
                tr("%Ln record(s) in {tables}, each checked", None, report.rows).format(tables=tables)
            )
            return start(use_server(data_dir, settings))

        def done(context: AppContext) -> None:
            QMessageBox.information(
                self, tr("The shop is on the server"),
                tr(
                    "Moved: {moved}. This computer now uses the server; connect the other computers "
                    "with Settings → Shop server."
                ).format(moved=moved[0]),
            )  # fmt: skip
            self._opened(context)

        run_in_background(work, done, self._fail)

    def use_local(self) -> None:
        data_dir = self.home.data_dir
        self._working(tr("Opening the shop's file on this computer…"))
        run_in_background(lambda: start(use_server(data_dir, None)), self._opened, self._fail)

    def _opened(self, context: AppContext) -> None:
        self.busy = False
        self.opened = context
        self.accept()

    def reject(self) -> None:
        if not self.busy:  # a connection or a move under way finishes first
            super().reject()


__all__ = ["ServerDialog"]
