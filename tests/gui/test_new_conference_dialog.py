"""New conference: invitees come from the directory, and a new person joins the directory."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from cpmeeting.domain.conference import ConferenceKind
from cpmeeting.domain.directory import DirectoryEntry
from cpmeeting.domain.people import Involvement, PractitionerGroup, Role
from cpmeeting.gui.directory_dialog import DirectoryEntryDialog
from cpmeeting.gui.new_conference_dialog import NewConferenceDialog


def test_new_conference_with_directory_picks_children_and_a_new_directory_person(qtbot, archive):
    archive.save_directory_entry(DirectoryEntry(
        name="Priya Hillside", role=Role.PRACTITIONER, agency="Hillside Primary School",
        group=PractitionerGroup.SCHOOL, involvement=Involvement.DIRECT_CONTACT))
    archive.save_directory_entry(DirectoryEntry(
        name="Gina Visitor", role=Role.PRACTITIONER, agency="Health visiting team",
        group=PractitionerGroup.HEALTH_VISITING, involvement=Involvement.DIRECT_CONTACT))
    dialog = NewConferenceDialog(archive)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.kind.setCurrentIndex(dialog.kind.findData(ConferenceKind.REVIEW))
    assert dialog.basis_date.accessibleName() == "Previous conference on"
    dialog.basis_date.setDate(QDate(2026, 9, 1))
    dialog.date.setDate(QDate(2026, 11, 30))
    qtbot.keyClicks(dialog.venue, "Room 4")
    qtbot.keyClicks(dialog.chair, "Clare Chairwell")
    qtbot.keyClicks(dialog.minute_taker, "Mina Notesby")
    qtbot.keyClicks(dialog.child_given, "Amira")
    qtbot.keyClicks(dialog.child_family, "Testwood")
    dialog.child_born.setDate(QDate(2016, 5, 2))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Case-mana&gement id
    assert dialog.focusWidget() is dialog.child_case_id
    qtbot.keyClicks(dialog.child_case_id, "LA-77120")
    dialog.add_child()
    assert dialog.child_case_id.text() == ""  # ready for the next child
    qtbot.keyClicks(dialog.family_name, "Owen Testwood")
    qtbot.keyClicks(dialog.family_relationship, "Father")
    dialog.add_family_member()

    qtbot.keyClicks(dialog.directory_search, "hill")
    assert dialog.directory_list.count() == 1
    qtbot.keyClick(dialog.directory_search, Qt.Key.Key_Return)
    assert dialog.invited_list.count() == 1
    assert dialog.directory_list.count() == 1  # only the health visitor is left to pick

    def fill_new_person() -> None:
        new = QApplication.activeModalWidget()
        assert isinstance(new, DirectoryEntryDialog)
        new.agency.setText("Parkside Police")
        new.group.setCurrentIndex(new.group.findData(PractitionerGroup.POLICE))
        new.accept()

    qtbot.keyClicks(dialog.directory_search, "Dev Constable")
    QTimer.singleShot(0, fill_new_person)
    dialog.add_to_directory()

    conference = dialog.conference()
    archive.save(conference)
    stored = archive.load(conference.id)
    assert stored.kind is ConferenceKind.REVIEW
    assert stored.previous_conference_date == date(2026, 9, 1)
    assert stored.date == date(2026, 11, 30)
    assert [c.display_name for c in stored.children] == ["Amira Testwood"]
    assert stored.children[0].case_management_id == "LA-77120"  # kept in the archive
    assert stored.chair.name == "Clare Chairwell"
    assert stored.minute_taker.name == "Mina Notesby"
    by_name = {p.name: p for p in stored.invitees}
    assert by_name["Priya Hillside"].agency == "Hillside Primary School"
    assert by_name["Priya Hillside"].group is PractitionerGroup.SCHOOL
    assert by_name["Dev Constable"].group is PractitionerGroup.POLICE
    assert by_name["Owen Testwood"].relationship == "Father"
    assert "Gina Visitor" not in by_name
    assert "Dev Constable" in {entry.name for entry in archive.directory()}


def test_the_deadline_date_follows_the_kind(qtbot, archive):
    dialog = NewConferenceDialog(archive)
    qtbot.addWidget(dialog)
    expected = {
        ConferenceKind.INITIAL: ("Strategy discussion on", "strategy_discussion_date"),
        ConferenceKind.TRANSFER_IN: ("Transfer notified on", "transfer_notified_date"),
    }
    for kind, (label, field) in expected.items():
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.basis_date.setDate(QDate(2026, 10, 5))
        assert dialog.basis_date.accessibleName() == label
        assert getattr(dialog.conference(), field) == date(2026, 10, 5)


def test_a_new_conference_takes_the_authority_profiles_framework(qtbot, archive):
    from cpmeeting.domain.analysis import AnalysisFramework

    profile = archive.load_profile()
    profile.name = "Testshire County Council"
    profile.analysis_framework = AnalysisFramework.STRENGTHENING_FAMILIES
    archive.save_profile(profile)
    dialog = NewConferenceDialog(archive)
    qtbot.addWidget(dialog)

    conference = dialog.conference()
    assert conference.analysis_framework is AnalysisFramework.STRENGTHENING_FAMILIES
    assert conference.authority == "Testshire County Council"
