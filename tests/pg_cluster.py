"""A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, loopback only, trust auth.

Uses the server binaries of the machine (Debian's ``/usr/lib/postgresql/*/bin``). As root, the server
runs as the ``postgres`` system user, because PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TEMPLATE = "crm_template"


@dataclass
class Cluster:
    folder: Path
    port: int
    bin_dir: Path
    run_as: list[str]
    _admin: Any = field(default=None, repr=False)
    _template_ready: bool = False
    _copies: int = 0

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        subprocess.run(
            [
                *self.run_as,
                str(self.bin_dir / "psql"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "-d",
                database,
                "-v",
                "ON_ERROR_STOP=1",
                "-q",
                "-c",
                statement,
            ],
            check=True,
            capture_output=True,
        )

    def execute(self, statement: str) -> None:
        """One statement outside a transaction (CREATE/DROP DATABASE), on a kept connection: faster than
        starting psql for each of the hundreds of test databases."""
        import psycopg

        if self._admin is None:
            self._admin = psycopg.connect(
                host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
            )
        self._admin.execute(statement)

    def make_template(self, migrate: Callable[[str], Any]) -> None:
        """Create and migrate the template database once; later calls do nothing."""
        if self._template_ready:
            return
        self.execute(f"CREATE DATABASE {TEMPLATE}")
        migrate(self.url(TEMPLATE)).close()
        self._template_ready = True

    def copy_template(self) -> str:
        """A new database copied from the migrated template; returns its name."""
        self._copies += 1
        name = f"crm_copy_{self._copies}"
        # FILE_COPY: a file copy of the small template, about 5 times as fast as the default WAL_LOG here
        self.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} STRATEGY FILE_COPY")
        return name

    def require_password(self, user: str, password: str, database: str) -> None:
        """A role that must give its password (scram-sha-256) to reach ``database``, as a real shop server
        asks; every other role keeps the cluster's trust."""
        self.execute(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
        self.execute(f"CREATE DATABASE {database} OWNER {user}")
        hba = self.folder / "data" / "pg_hba.conf"
        rule = f"host all {user} 127.0.0.1/32 scram-sha-256\n"
        hba.write_text(rule + hba.read_text())  # root may write the postgres user's file; it stays theirs
        _run([*self.run_as, str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), "reload"])
        time.sleep(0.3)  # the postmaster reads pg_hba.conf again on SIGHUP

    def drop(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        subprocess.run(
            [
                *self.run_as,
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _run(command: list[str]) -> None:
    """Run a server tool; on failure, raise with what it printed (it is the only clue in a CI log)."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr}")


def find_bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start() -> Cluster:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb) are not installed")
    folder = Path(tempfile.mkdtemp(prefix="crm-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        run_as = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, "postgres")
    os.chmod(folder, 0o700)
    data = folder / "data"
    initdb = [str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
    _run([*run_as, *initdb, "--locale=C.UTF-8", "--no-sync"])
    port = _free_port()
    options = f"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off -c full_page_writes=off"
    pg_ctl = [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log")]
    _run([*run_as, *pg_ctl, "-w", "start"])
    cluster = Cluster(folder, port, bin_dir, run_as)
    for _ in range(50):
        try:
            cluster.sql("SELECT 1")
            return cluster
        except subprocess.CalledProcessError:
            time.sleep(0.1)
    cluster.stop()
    raise RuntimeError("the test PostgreSQL server did not start")
