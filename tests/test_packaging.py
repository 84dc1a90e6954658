"""A built wheel and a PyInstaller bundle carry the fonts, catalogs, migrations and schema."""

from __future__ import annotations

import gettext
import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cpmeeting import paths
from cpmeeting.i18n.catalogs import compile_po

ROOT = Path(__file__).resolve().parents[1]
# What a build reads from the checkout; copied so that a build never writes into the
# shared tree (build/, *.egg-info) nor picks up a stale build/lib from an earlier one.
BUILD_INPUTS = ("cpmeeting", "resources", "translations", "pyproject.toml", "setup.py",
                "MANIFEST.in", "README.md", "babel.cfg", "installer")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo")
LICENCE_PREFIXES = ("OFL", "LICENSE", "LICENCE", "COPYING")


def copy_checkout(target: Path) -> Path:
    """Copy the files a build needs into target; returns target."""
    for name in BUILD_INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=IGNORED)
        elif source.is_file():
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """A snapshot of the checkout: others may be editing catalogs while this runs."""
    return copy_checkout(tmp_path_factory.mktemp("source"))


@pytest.fixture(scope="module")
def wheel(source, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(source)],
        check=True, capture_output=True, text=True,
    )
    (built,) = out.glob("cpmeeting-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def shipped(source: Path, folder: str, pattern: str) -> list[str]:
    """Names in the wheel of the snapshot's files matching pattern under a top-level folder."""
    return [f"cpmeeting/{path.relative_to(source).as_posix()}"
            for path in sorted((source / folder).rglob(pattern))]


def test_wheel_carries_every_font_with_a_licence(source, wheel_names):
    fonts = shipped(source, "resources", "*.ttf")
    assert fonts, "the checkout has no fonts"
    assert set(fonts) <= wheel_names
    licences = [name for name in wheel_names
                if name.startswith("cpmeeting/resources/")
                and Path(name).name.upper().startswith(LICENCE_PREFIXES)]
    for font in fonts:
        # A licence in the font's folder or a folder above it covers the font.
        assert any(font.startswith(str(Path(licence).parent) + "/") for licence in licences), font


def test_wheel_carries_migrations_and_schema(source, wheel_names):
    names = {path.relative_to(source).as_posix()
             for path in (source / "cpmeeting/store/migrations").rglob("*.py")}
    assert "cpmeeting/store/migrations/env.py" in names
    assert any("/versions/" in name for name in names)
    assert names <= wheel_names
    assert "cpmeeting/store/alembic.ini" in wheel_names
    assert "cpmeeting/interchange/conference.schema.json" in wheel_names


def test_wheel_carries_every_catalog_compiled(source, wheel, wheel_names):
    catalogs = shipped(source, "translations", "*.po")
    assert catalogs, "the checkout has no catalogs"
    with zipfile.ZipFile(wheel) as archive:
        for name in catalogs:
            assert name in wheel_names
            mo_name = name.removesuffix(".po") + ".mo"
            built = gettext.GNUTranslations(io.BytesIO(archive.read(mo_name)))
            # The wheel's catalog translates like the source .po compiled here.
            from_source = gettext.GNUTranslations(io.BytesIO(compile_po(
                source / name.removeprefix("cpmeeting/"))))
            assert built._catalog == from_source._catalog, name


def test_installed_wheel_finds_its_own_fonts_and_catalogs(source, wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target),
         str(wheel)],
        check=True, capture_output=True, text=True,
    )
    probe = (
        "from cpmeeting import paths\n"
        "from cpmeeting.i18n.catalogs import available_languages, load_catalog\n"
        "print(paths.RESOURCES)\n"
        "print(paths.TRANSLATIONS)\n"
        "print(len(list(paths.RESOURCES.glob('fonts/**/*.ttf'))))\n"
        "print(' '.join(available_languages('documents')))\n"
    )
    # Run away from the checkout so that only the installed copy can be imported.
    environment = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=environment,
                            check=True, capture_output=True, text=True)
    resources, translations, fonts, languages = result.stdout.splitlines()
    assert Path(resources) == target / "cpmeeting" / "resources"
    assert Path(translations) == target / "cpmeeting" / "translations"
    assert int(fonts) == len(list((source / "resources").glob("fonts/**/*.ttf")))
    assert "pl" in languages.split() and "cy" in languages.split()


def test_checkout_uses_its_top_level_folders():
    # An editable install or a plain checkout has no copies inside the package.
    if (paths.PACKAGE / "resources").exists():
        pytest.skip("this checkout holds a built copy inside the package")
    assert paths.RESOURCES == ROOT / "resources"
    assert paths.TRANSLATIONS == ROOT / "translations"


@pytest.mark.slow
def test_bundle_runs_a_conference_through_archive_pdfs_and_signature(tmp_path):
    pytest.importorskip("PyInstaller")
    source = copy_checkout(tmp_path / "source")
    dist, work = tmp_path / "dist", tmp_path / "work"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work),
         str(source / "installer" / "cpmeeting.spec")],
        check=True, capture_output=True, text=True, cwd=tmp_path,
        # This checks what goes into a bundle, not which library versions a release uses.
        env={**os.environ, "CPMEETING_BUNDLE_UNPINNED": "1"},
    )
    program = dist / "cpmeeting" / ("cpmeeting-cli.exe" if os.name == "nt" else "cpmeeting")
    # The passphrase path, so that the test never writes a key into a real keyring.
    environment = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                   "CPMEETING_PASSPHRASE": "invented passphrase",
                   "CPMEETING_SIGNING_PASSPHRASE": "invented signing passphrase"}

    def cpmeeting(*arguments: str) -> str:
        return subprocess.run([str(program), *arguments], check=True, cwd=tmp_path,
                              env=environment, capture_output=True, text=True).stdout

    demo = tmp_path / "demo.json"
    cpmeeting("demo", "--json", str(demo))
    assert "Quoracy" in cpmeeting("check", str(demo))
    # The archive: SQLCipher, and the migrations read as files from the bundle.
    conference_id = cpmeeting("demo").split()[0]
    assert conference_id in cpmeeting("list")
    # The documents: bundled fonts, then a signature the bundle itself verifies.
    cpmeeting("export", conference_id, "--out", str(tmp_path / "pdf"),
              "--sign-as", "Helen Ashcombe", "--waiver", "packaging test")
    pdfs = sorted((tmp_path / "pdf").glob("*.pdf"))
    assert pdfs
    assert cpmeeting("verify", str(pdfs[0])).startswith("valid")
