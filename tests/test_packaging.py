"""A built wheel and a PyInstaller bundle carry the fonts, catalogs, migrations and schema."""

from __future__ import annotations

import gettext
import io
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from cpmeeting import paths
from cpmeeting.i18n.catalogs import compile_po

ROOT = Path(__file__).resolve().parents[1]
# What a build reads from the checkout; copied so that a build never writes into the
# shared tree (build/, *.egg-info) nor picks up a stale build/lib from an earlier one.
BUILD_INPUTS = ("cpmeeting", "resources", "translations", "ui", "pyproject.toml", "setup.py",
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


def test_wheel_carries_every_form(source, wheel_names):
    # Compiled by uic at build time where PySide6 is there, else on first use (gui/forms.py).
    forms = shipped(source, "ui", "*.ui")
    assert len(forms) >= 10
    assert set(forms) <= wheel_names


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


# .ci/run sets this: there the bundle must really be built and run, never quietly skipped.
BUNDLE_REQUIRED = bool(os.environ.get("CPMEETING_REQUIRE_BUNDLE"))


def needed(available: bool, what: str) -> None:
    """Skip without the tool, except on CI, where its absence is a failure."""
    if available:
        return
    if BUNDLE_REQUIRED:
        pytest.fail(f"{what} is missing, and CI must build the bundle")
    pytest.skip(f"{what} is not installed")


@dataclass(frozen=True)
class LinuxBuild:
    version: str
    bundle: Path
    tarball: Path
    deb: Path
    root: Path  # the .deb unpacked here, as dpkg would install it


@pytest.fixture(scope="module")
def linux_build(tmp_path_factory) -> LinuxBuild:
    """installer/build-linux run once on a snapshot of the checkout; the .deb unpacked."""
    import importlib.util

    needed(importlib.util.find_spec("PyInstaller") is not None, "PyInstaller")
    needed(shutil.which("dpkg-deb") is not None, "dpkg-deb")
    base = tmp_path_factory.mktemp("linux")
    source = copy_checkout(base / "source")
    dist = base / "dist"
    subprocess.run(
        [str(source / "installer" / "build-linux"), "--out", str(dist),
         "--work", str(base / "work"), "--python", sys.executable],
        check=True, capture_output=True, text=True, cwd=base,
        # This checks what goes into a bundle, not which library versions a release uses.
        env={**os.environ, "CPMEETING_BUNDLE_UNPINNED": "1", "CPMEETING_PACK_LEVEL": "1"},
    )
    version = tomllib.loads((source / "pyproject.toml").read_text())["project"]["version"]
    (tarball,) = dist.glob(f"cpmeeting-{version}-linux-*.tar.gz")
    (deb,) = dist.glob(f"cpmeeting_{version}_*.deb")
    root = base / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return LinuxBuild(version, dist / "cpmeeting", tarball, deb, root)


def frozen_environment() -> dict[str, str]:
    """Offscreen, and the passphrase path, so a test never writes a key into a real keyring."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "CPMEETING_PASSPHRASE": "invented passphrase",
            "CPMEETING_SIGNING_PASSPHRASE": "invented signing passphrase"}


@pytest.fixture
def installed(linux_build, tmp_path):
    """Run the program the .deb installs (/usr/bin/cpmeeting, a link into /opt/cpmeeting)."""
    program = linux_build.root / "usr" / "bin" / "cpmeeting"
    environment = {**frozen_environment(), "CPMEETING_DATA_DIR": str(tmp_path / "data")}

    def cpmeeting(*arguments: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([str(program), *arguments], check=check, cwd=tmp_path,
                              env=environment, capture_output=True, text=True)

    return cpmeeting


@pytest.mark.slow
def test_installed_deb_passes_its_self_test_and_checks_a_conference(installed, tmp_path):
    result = installed("self-test", check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Self-test passed: this copy of cpmeeting works." in result.stdout
    assert "ok      window: Qt loaded (offscreen)" in result.stdout
    demo = tmp_path / "demo.json"
    installed("demo", "--json", str(demo))
    checked = installed("check", str(demo))
    assert "Quoracy when the decision was taken" in checked.stdout
    assert "Ready for sign-off: nothing is missing." in checked.stdout


@pytest.mark.slow
def test_bundle_carries_every_form_and_its_compiled_module(source, linux_build):
    from cpmeeting.gui.form_compiler import compiled_name

    names = {path.name for path in linux_build.bundle.rglob("*")}
    for form in sorted((source / "ui").glob("*.ui")):
        assert form.name in names
        assert compiled_name(form) in names, f"{form.name} is not compiled into the bundle"


@pytest.mark.slow
def test_deb_carries_the_menu_entry_icon_and_appstream_metadata(linux_build):
    root = linux_build.root
    fields = subprocess.run(["dpkg-deb", "-f", str(linux_build.deb), "Package", "Version",
                             "Depends"], check=True, capture_output=True, text=True).stdout
    assert "Package: cpmeeting" in fields
    assert f"Version: {linux_build.version}" in fields
    assert "libxcb-cursor0" in fields
    entry = (root / "usr/share/applications/cpmeeting.desktop").read_text()
    assert "Exec=cpmeeting\n" in entry and "Icon=cpmeeting\n" in entry
    assert (root / "usr/share/icons/hicolor/scalable/apps/cpmeeting.svg").is_file()
    assert (root / "usr/share/icons/hicolor/256x256/apps/cpmeeting.png").read_bytes()[:4] == \
        b"\x89PNG"
    metainfo = root / "usr/share/metainfo/cpmeeting.metainfo.xml"
    text = metainfo.read_text()
    assert f'<release version="{linux_build.version}"' in text and "@" not in text
    if shutil.which("appstreamcli"):
        result = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    assert os.access(root / "opt/cpmeeting/cpmeeting", os.X_OK)


@pytest.mark.slow
def test_tarball_holds_the_bundle_in_a_folder_named_with_the_version(linux_build):
    import tarfile

    with tarfile.open(linux_build.tarball) as packed:
        names = packed.getnames()
        program = packed.getmember(f"cpmeeting-{linux_build.version}/cpmeeting")
    assert program.isfile() and program.mode & 0o111
    assert all(name.startswith(f"cpmeeting-{linux_build.version}") for name in names)
    assert any(name.endswith("LC_MESSAGES/cpmeeting.mo") for name in names)


@pytest.mark.slow
def test_bundle_runs_a_conference_through_archive_pdfs_and_signature(installed, tmp_path):
    def cpmeeting(*arguments: str) -> str:
        return installed(*arguments).stdout

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
    # These runs have no keyring (frozen_environment): the trusted-signers list is sealed with
    # the archive's passphrase (CPMEETING_PASSPHRASE), which verify reads to check it.
    verdict = installed("verify", str(pdfs[0]), check=False)
    assert verdict.returncode == 0, verdict.stdout
    assert verdict.stdout.startswith("valid: signed by Helen Ashcombe")
