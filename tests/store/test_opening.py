"""Opening an archive that is already up to date skips Alembic, and the shortcut cannot drift."""

from __future__ import annotations

import subprocess
import sys

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from cpmeeting.store.archive import Archive
from cpmeeting.store.engine import HEAD_REVISION, alembic_config, stored_revisions


def test_head_revision_constant_is_alembics_head():
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_new_archive_is_migrated_to_the_head(tmp_path):
    with Archive.open(f"sqlite:///{tmp_path / 'new.db'}") as archive:
        with archive.engine.connect() as connection:
            assert stored_revisions(connection) == {HEAD_REVISION}
        assert archive.list_conferences() == []


def test_reopening_an_up_to_date_archive_does_not_load_alembic(tmp_path):
    url = f"sqlite:///{tmp_path / 'open.db'}"
    Archive.open(url).close()
    script = (
        "import sys\n"
        "from cpmeeting.store.archive import Archive\n"
        f"archive = Archive.open({url!r})\n"
        "archive.list_conferences()\n"
        "archive.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_archive_at_another_revision_goes_through_alembic(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    Archive.open(url).close()
    with Archive.open(url) as archive, archive.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'elsewhere'"))
    # Alembic runs and refuses a revision it does not know, rather than the shortcut opening it.
    with pytest.raises(Exception, match="elsewhere"):
        Archive.open(url)
