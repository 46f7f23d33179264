"""Where the data lives, and which option wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.errors import UserFacingError
from crm_desktop.paths import DB_FILENAME, resolve


def test_default_is_one_sqlite_file_in_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    paths = resolve(environ={})
    assert paths.db_file == tmp_path / "crm_desktop" / DB_FILENAME
    assert paths.backup_dir == tmp_path / "crm_desktop" / "backups"


def test_data_dir_option_and_environment(tmp_path: Path) -> None:
    assert resolve(data_dir=str(tmp_path), environ={}).db_file == tmp_path / DB_FILENAME
    env = {"CRM_DESKTOP_DATA_DIR": str(tmp_path / "env")}
    assert resolve(environ=env).db_file == tmp_path / "env" / DB_FILENAME
    assert resolve(data_dir=str(tmp_path), environ=env).db_file == tmp_path / DB_FILENAME


def test_db_option_puts_backups_beside_the_file(tmp_path: Path) -> None:
    paths = resolve(db=str(tmp_path / "shop.db"), environ={})
    assert paths.db_file == tmp_path / "shop.db"
    assert paths.backup_dir == tmp_path / "backups"


def test_database_url_wins_and_hides_its_password(tmp_path: Path) -> None:
    env = {"CRM_DESKTOP_DATABASE_URL": "postgresql://shop:s3cret@server/crm"}
    paths = resolve(db=str(tmp_path / "x.db"), environ=env)
    assert paths.db_file is None and not paths.is_sqlite
    assert paths.url.startswith("postgresql+psycopg://")
    assert "s3cret" not in paths.describe()


@pytest.mark.parametrize("url", ["mysql://x@y/z", "not a url", "sqlite://"])
def test_unsupported_urls_get_a_clear_message(url: str) -> None:
    with pytest.raises(UserFacingError):
        resolve(database_url=url, environ={})
