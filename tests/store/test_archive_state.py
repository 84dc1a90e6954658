"""The profile, the directory, drafts and where the user was: all kept across reopening."""

from __future__ import annotations

from factories import full_conference

from cpmeeting.domain.analysis import AnalysisFramework
from cpmeeting.domain.directory import DirectoryEntry
from cpmeeting.domain.people import Involvement, PractitionerGroup, Role
from cpmeeting.domain.profile import AuthorityProfile, Nation
from cpmeeting.store.archive import Archive


def test_profile_defaults_until_one_is_saved(archive):
    assert archive.load_profile() == AuthorityProfile()


def test_profile_round_trips(archive):
    profile = AuthorityProfile(name="Cyngor Sir Example", nation=Nation.WALES,
                               analysis_framework=AnalysisFramework.STRENGTHENING_FAMILIES,
                               marking="OFFICIAL-SENSITIVE PERSONAL")
    profile.quoracy.min_other_agencies = 3
    profile.quoracy.required_groups.append(PractitionerGroup.SCHOOL)
    profile.timescales.minutes_working_days = 20
    archive.save_profile(profile)
    profile.timescales.core_group_working_days = 5
    archive.save_profile(profile)  # saving again changes, not duplicates
    archive.close()
    with Archive.open() as reopened:
        assert reopened.load_profile() == profile


def test_directory(archive):
    school = DirectoryEntry(name="Ms Head", role=Role.PRACTITIONER, agency="Hill Primary",
                            group=PractitionerGroup.SCHOOL,
                            involvement=Involvement.DIRECT_CONTACT)
    gp = DirectoryEntry(name="Dr Able", agency="Surgery", group=PractitionerGroup.GP)
    archive.save_directory_entry(school)
    archive.save_directory_entry(gp)
    assert archive.directory() == [gp, school]
    school.agency = "Hill Academy"
    archive.save_directory_entry(school)
    archive.remove_directory_entry(gp.id)
    archive.close()
    with Archive.open() as reopened:
        assert reopened.directory() == [school]


def test_drafts_survive_a_crash(archive):
    conference = full_conference()
    archive.save(conference)
    archive.save_draft(conference.id, "minutes", "The police officer said")
    archive.save_draft(conference.id, "minutes", "The police officer said that")
    archive.save_draft(conference.id, "plan.contingency", "Legal")
    # No close(): the process is killed with the archive open.
    with Archive.open() as reopened:
        assert reopened.load_drafts(conference.id) == {
            "minutes": "The police officer said that", "plan.contingency": "Legal"}
        reopened.save_draft(conference.id, "minutes", "")
        assert reopened.load_drafts(conference.id) == {"plan.contingency": "Legal"}
    archive.close()


def test_last_opened(archive):
    assert archive.last_opened() == (None, None)
    conference = full_conference()
    archive.save(conference)
    archive.set_last_opened(conference.id, "decision")
    archive.close()
    with Archive.open() as reopened:
        assert reopened.last_opened() == (conference.id, "decision")
        reopened.set_last_opened(None, None)
        assert reopened.last_opened() == (None, None)


def test_time_per_stage_is_kept_and_goes_with_its_conference(archive):
    conference = full_conference()
    archive.save(conference)
    archive.save_stage_times(conference.id, {"introduction": 300, "attendance": 120})
    archive.close()
    with Archive.open() as reopened:
        assert reopened.stage_times(conference.id) == {"introduction": 300, "attendance": 120}
        reopened.delete(conference.id)
        assert reopened.stage_times(conference.id) == {}


def test_wrong_unlock_tries_outlive_a_killed_process(no_keyring):
    import os
    import signal
    import subprocess
    import sys
    from datetime import datetime

    from cpmeeting.domain.unlock_throttle import UnlockThrottle

    passphrase = "correct horse battery staple"
    Archive.open(passphrase=passphrase).close()  # made here; a process of its own writes
    script = (
        "import os, signal\n"
        "from datetime import datetime\n"
        "from cpmeeting.domain.unlock_throttle import UnlockThrottle\n"
        "from cpmeeting.store.archive import Archive\n"
        "archive = Archive.open(passphrase=os.environ['CPMEETING_PASSPHRASE'])\n"
        "throttle = UnlockThrottle()\n"
        "for second in range(5):\n"
        "    throttle = throttle.after_wrong_try(datetime(2026, 11, 20, 12, 0, second))\n"
        "    archive.set_unlock_throttle(throttle)\n"
        "os.kill(os.getpid(), signal.SIGKILL)  # no close, no clean exit\n")
    env = {**os.environ, "CPMEETING_PASSPHRASE": passphrase}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    with Archive.open(passphrase=passphrase) as reopened:
        assert reopened.unlock_throttle() == UnlockThrottle(5, datetime(2026, 11, 20, 12, 0, 34))
        reopened.set_unlock_throttle(UnlockThrottle(6, datetime(2026, 11, 20, 12, 1)))
    with Archive.open(passphrase=passphrase) as reopened:
        assert reopened.unlock_throttle() == UnlockThrottle(6, datetime(2026, 11, 20, 12, 1))
