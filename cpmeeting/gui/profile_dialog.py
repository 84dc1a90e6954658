"""Settings > Authority profile: the local variants of the rules, checked as they are typed.

OK stores the whole profile through the archive in one call; Cancel stores nothing.
The main window calls `open_profile_dialog(archive, parent)` and reloads the profile on True.
"""

from __future__ import annotations

import dataclasses
from itertools import pairwise
from types import SimpleNamespace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from cpmeeting.domain.analysis import FRAMEWORK_HEADINGS, AnalysisFramework
from cpmeeting.domain.people import PractitionerGroup
from cpmeeting.domain.profile import AuthorityProfile, Nation, QuoracySettings, Timescales
from cpmeeting.domain.rules.calendar import CALENDAR_NAMES
from cpmeeting.domain.rules.labels import GROUP_TITLES
from cpmeeting.domain.rules.profile_checks import (
    AGENCIES_RANGE,
    FRAMEWORK_TITLES,
    NATION_TITLES,
    TIMESCALE_RANGE,
    TIMESCALE_TERMS,
    check_introduction_script,
    describe_quoracy,
    profile_errors,
    profile_warnings,
)
from cpmeeting.gui.forms import build_form
from cpmeeting.i18n import N_, _, ngettext

# The statutory lead bodies: children's social care, or the NSPCC standing in for it.
LEAD_BODIES = (PractitionerGroup.CHILDRENS_SOCIAL_CARE, PractitionerGroup.NSPCC)

PLACEHOLDER_MEANINGS: dict[str, str] = {
    "chair": N_("the chair's name"),
    "kind_lower": N_("the kind of conference, in lower case"),
    "children": N_("the children's full names"),
    "children_short": N_("the children's first names"),
    "is_or_are": N_("\"is\" for one child, \"are\" for several"),
    "minute_taker": N_("the minute-taker's name"),
    "present": N_("everyone marked present, with their capacity"),
}


class Mnemonics:
    """Gives each label a distinct Alt+letter, preferring the letter asked for."""

    def __init__(self, used: set[str] | None = None) -> None:
        self.used = set(used or ())

    def __call__(self, text: str, letter: str = "") -> str:
        index = text.lower().find(letter.lower()) if letter else -1
        if index >= 0 and letter.lower() not in self.used:
            self.used.add(letter.lower())
            return text[:index] + "&" + text[index:]
        for index, char in enumerate(text):
            if char.isalpha() and char.lower() not in self.used:
                self.used.add(char.lower())
                return text[:index] + "&" + text[index:]
        return text


def access_key(text: str) -> str:
    """The letter after a label's mnemonic marker, in lower case ('' if it has none)."""
    index = text.find("&")
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else ""


def plain(text: str) -> str:
    """Label text without its mnemonic marker, for accessible names."""
    return text.replace("&", "")


class ProfileDialog(QDialog):
    """Edits a copy of the profile; profile() builds the edited one."""

    def __init__(self, profile: AuthorityProfile, parent: QWidget | None = None,
                 reserved: str | None = None) -> None:
        super().__init__(parent)
        form = build_form("profile_dialog", self)  # ui/profile_dialog.ui
        self.setObjectName("profile_dialog")
        self._original = profile
        self._filling = False
        # Letters taken on every tab: the tab titles and the buttons (OK and Cancel here, in
        # the language shown; the set-up assistant's buttons where it holds this editor).
        if reserved is None:
            reserved = "".join(access_key(_(text)) for text in ("&OK", "&Cancel"))
        shared = Mnemonics(set(reserved))
        self.tabs = form.profile_tabs
        pages = [
            (self._general_page, "g"),
            (self._quoracy_page, "q"),
            (self._timescales_page, "t"),
            (self._script_page, "i"),
            (self._complaints_page, "p"),
            (self._letter_page, "l"),
        ]
        titles = [shared(self.tabs.tabText(index), letter)
                  for index, (_build, letter) in enumerate(pages)]
        restore_text = shared(_("Restore defaults"), "r")
        for index, ((build, _letter), title) in enumerate(zip(pages, titles, strict=True)):
            build(form, Mnemonics(shared.used))
            self.tabs.setTabText(index, title)

        self.messages = form.profile_messages
        self.buttons = form.buttons
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_("&OK"))
        cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel_button.setText(_("&Cancel"))
        self.restore_button = self.buttons.addButton(
            restore_text, QDialogButtonBox.ButtonRole.ResetRole)
        QWidget.setTabOrder(cancel_button, self.restore_button)  # added last, Tab reaches it last
        self.restore_button.setObjectName("restore_defaults")
        self.restore_button.setToolTip(_("Put back the default rules; the name is kept."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_defaults)
        self._fill(profile)

    # Pages: laid out in the form; here the access keys, the lists and the signals.

    def _general_page(self, form: SimpleNamespace, mnemonic: Mnemonics) -> None:
        self.name, self.nation, self.marking = form.authority_name, form.nation, form.marking
        for nation in Nation:
            self.nation.addItem(_(NATION_TITLES[nation]), nation)
        self.calendar_note = form.calendar_note
        self.framework = form.analysis_framework
        for framework in AnalysisFramework:
            self.framework.addItem(_(FRAMEWORK_TITLES[framework]), framework)
        self.framework_note = form.framework_note
        self.idle_lock = form.idleLockMinutes
        self._label(form.authority_name_label, mnemonic, "a")
        self._label(form.nation_label, mnemonic, "n")
        self._label(form.analysis_framework_label, mnemonic, "f")
        self._label(form.marking_label, mnemonic, "m")
        self._label(form.idleLockMinutes_label, mnemonic, "k")
        # The spin box's own text field takes Tab too: it carries the same name.
        self.idle_lock.findChild(QLineEdit).setAccessibleName(self.idle_lock.accessibleName())
        self.name.textChanged.connect(self._changed)
        self.nation.currentIndexChanged.connect(self._changed)
        self.framework.currentIndexChanged.connect(self._changed)
        self.marking.textChanged.connect(self._changed)
        self.idle_lock.valueChanged.connect(self._changed)

    def _quoracy_page(self, form: SimpleNamespace, mnemonic: Mnemonics) -> None:
        self.lead, self.lead_stand_in = form.lead_agency, form.lead_stand_in
        self.min_agencies = form.min_other_agencies
        self.min_agencies.setRange(*AGENCIES_RANGE)
        self.count_video, self.count_reports = form.count_video, form.count_written_reports
        self.quoracy_rule = form.quoracy_rule
        # In the order the letters were first handed out, so each language keeps its keys.
        for box, letter in ((self.count_video, "v"), (self.count_reports, "w")):
            box.setText(mnemonic(box.text(), letter))
        self._label(form.lead_agency_label, mnemonic, "l")
        self._stand_in_text = mnemonic(self.lead_stand_in.text(), "s")
        self.lead_stand_in.setText(self._stand_in_text)
        self._label(form.min_other_agencies_label, mnemonic, "m")
        for box in (self.lead_stand_in, self.count_video, self.count_reports):
            box.setAccessibleName(plain(box.text()))
            box.toggled.connect(self._changed)
        self.lead.currentIndexChanged.connect(self._changed)
        self.min_agencies.valueChanged.connect(self._changed)

    def _timescales_page(self, form: SimpleNamespace, mnemonic: Mnemonics) -> None:
        """One row a timescale, from the domain's list; the form holds the page's intro."""
        low, high = TIMESCALE_RANGE
        form.timescales_intro.setText(form.timescales_intro.text().format(low=low, high=high))
        defaults = Timescales()
        self.timescales: dict[str, QSpinBox] = {}
        for item in dataclasses.fields(Timescales):
            term = TIMESCALE_TERMS[item.name]
            spin = QSpinBox(objectName=item.name)
            spin.setRange(low, high)
            spin.valueChanged.connect(self._changed)
            spin.valueChanged.connect(lambda _v, s=spin, m=term.months: self._unit(s, m))
            default = getattr(defaults, item.name)
            note = (_("(statutory: {value})") if term.statutory
                    else _("(usual: {value})")).format(value=default)
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(QLabel(note, objectName=f"{item.name}_default"))
            row.addStretch()
            label = QLabel(mnemonic(_(term.title)))
            label.setBuddy(spin)
            spin.setAccessibleName(plain(label.text()))
            form.timescales_form.addRow(label, row)
            spin.setAccessibleDescription(note)
            label.setToolTip(note)
            self.timescales[item.name] = spin
        # Rows added to a page already in the dialog would come last in the Tab order.
        chain = [form.count_written_reports, *self.timescales.values(), form.introduction_script]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _script_page(self, form: SimpleNamespace, mnemonic: Mnemonics) -> None:
        self.script = self._text_editor(form.introduction_script_label, mnemonic, "s")
        lines = [_("It may use these placeholders, filled in for each conference:")]
        lines += [f"{{{name}}}: {_(meaning)}" for name, meaning in PLACEHOLDER_MEANINGS.items()]
        self.placeholders = form.script_placeholders
        self.placeholders.setText("\n".join(lines))
        self.script_check = form.script_check
        self.script.textChanged.connect(self._changed)

    def _complaints_page(self, form: SimpleNamespace, mnemonic: Mnemonics) -> None:
        self.complaints = self._text_editor(form.complaints_procedure_label, mnemonic, "h")
        self.complaints.textChanged.connect(self._changed)

    def _letter_page(self, form: SimpleNamespace, mnemonic: Mnemonics) -> None:
        """The letter a chair may make for a child who can read (documents/child_letter.py)."""
        from cpmeeting.domain.child_letter import LETTER_FIELDS

        self.letter = self._text_editor(form.child_letter_wording_label, mnemonic, "w")
        fields = ", ".join(f"{{{name}}}" for name in LETTER_FIELDS)
        form.letter_note.setText(form.letter_note.text().format(fields=fields))
        self.letter_check = form.letter_check
        self.letter.textChanged.connect(self._changed)

    @staticmethod
    def _label(label: QLabel, mnemonic: Mnemonics, letter: str) -> None:
        """Give a field's label its access key; the field is named by the label's words."""
        label.setText(mnemonic(label.text(), letter))
        label.buddy().setAccessibleName(plain(label.text()))

    @classmethod
    def _text_editor(cls, label: QLabel, mnemonic: Mnemonics, letter: str) -> QPlainTextEdit:
        """A page's labelled text editor, which takes the room; more may go below."""
        cls._label(label, mnemonic, letter)
        return label.buddy()

    # Values

    def _fill(self, profile: AuthorityProfile) -> None:
        self._filling = True
        try:
            self.name.setText(profile.name)
            self.nation.setCurrentIndex(self.nation.findData(profile.nation))
            self.framework.setCurrentIndex(self.framework.findData(profile.analysis_framework))
            self.marking.setText(profile.marking)
            self.idle_lock.setValue(profile.lock_after_idle_minutes)
            quoracy = profile.quoracy
            lead = quoracy.required_groups[0] if quoracy.required_groups else LEAD_BODIES[0]
            self.lead.clear()
            for group in dict.fromkeys([*LEAD_BODIES, lead]):
                self.lead.addItem(_(GROUP_TITLES[group]), group)
            self.lead.setCurrentIndex(self.lead.findData(lead))
            self.lead_stand_in.setChecked(bool(self._stand_ins(lead) & set(
                quoracy.lead_alternatives)))
            self.min_agencies.setValue(quoracy.min_other_agencies)
            self.count_video.setChecked(quoracy.count_video)
            self.count_reports.setChecked(quoracy.count_written_reports)
            for name, spin in self.timescales.items():
                spin.setValue(getattr(profile.timescales, name))
                self._unit(spin, TIMESCALE_TERMS[name].months)
            self.script.setPlainText(profile.introduction_script)
            self.complaints.setPlainText(profile.complaints_procedure)
            from cpmeeting.domain.child_letter import letter_wording

            self.letter.setPlainText(letter_wording(profile))
        finally:
            self._filling = False
        self._changed()

    @staticmethod
    def _stand_ins(lead: PractitionerGroup) -> set[PractitionerGroup]:
        return {group for group in LEAD_BODIES if group != lead}

    def profile(self) -> AuthorityProfile:
        """The profile as edited; fields the dialog does not show are kept as they were."""
        original = self._original.quoracy
        # Qt hands enum data back as plain text: rebuild the enums.
        lead = PractitionerGroup(self.lead.currentData())
        stand_ins = self._stand_ins(lead)
        # Alternatives other than the statutory bodies came from a file: keep them.
        alternatives = [g for g in original.lead_alternatives
                        if g not in stand_ins and g != lead]
        if self.lead_stand_in.isChecked():
            alternatives += [g for g in LEAD_BODIES if g in stand_ins]
        quoracy = QuoracySettings(
            required_groups=[lead, *[g for g in original.required_groups[1:] if g != lead]],
            lead_alternatives=alternatives,
            min_other_agencies=self.min_agencies.value(),
            count_video=self.count_video.isChecked(),
            count_written_reports=self.count_reports.isChecked(),
        )
        timescales = Timescales(**{name: spin.value() for name, spin in self.timescales.items()})
        return dataclasses.replace(
            self._original,
            name=self.name.text().strip(),
            nation=Nation(self.nation.currentData()),
            quoracy=quoracy,
            timescales=timescales,
            analysis_framework=AnalysisFramework(self.framework.currentData()),
            introduction_script=self.script.toPlainText(),
            marking=self.marking.text().strip(),
            complaints_procedure=self.complaints.toPlainText(),
            child_letter_wording=self._letter_wording(),
            lock_after_idle_minutes=self.idle_lock.value(),
        )

    def _letter_wording(self) -> str:
        """Blank while it is the standard wording, so that one is translated."""
        from cpmeeting.domain.child_letter import DEFAULT_CHILD_LETTER

        text = self.letter.toPlainText()
        return "" if text.strip() in ("", DEFAULT_CHILD_LETTER) else text

    def restore_defaults(self) -> None:
        """Put every rule back to domain.md's defaults, keeping the authority's name."""
        self._original = AuthorityProfile(name=self.name.text().strip())
        self._fill(self._original)

    # Feedback

    def _unit(self, spin: QSpinBox, months: bool) -> None:
        value = spin.value()
        spin.setSuffix(ngettext(" month", " months", value) if months
                       else ngettext(" working day", " working days", value))

    def _changed(self, *_args: object) -> None:
        if self._filling:
            return
        profile = self.profile()
        nation = profile.nation
        self.calendar_note.setText(_("Working days skip the bank holidays of {calendar}.")
                                   .format(calendar=_(CALENDAR_NAMES[nation])))
        headings = FRAMEWORK_HEADINGS[profile.analysis_framework]
        self.framework_note.setText(_("New conferences use the headings: {headings}.").format(
            headings="; ".join(_(heading.title) for heading in headings)))
        lead = profile.quoracy.required_groups[0]
        stand_ins = ", ".join(_(GROUP_TITLES[g]) for g in LEAD_BODIES if g != lead)
        self.lead_stand_in.setText(f"{self._stand_in_text} ({stand_ins})")
        self.quoracy_rule.setText(describe_quoracy(profile.quoracy, _))
        script = check_introduction_script(profile.introduction_script)
        self.script_check.setText(script.render(_) if script is not None
                                  else _("The script fills in correctly."))
        from cpmeeting.domain.child_letter import unknown_fields

        unknown = unknown_fields(self.letter.toPlainText())
        self.letter_check.setText(
            _("The letter has words in braces it cannot fill: {fields}.").format(
                fields=", ".join(unknown)) if unknown else _("The letter fills in correctly."))
        errors = profile_errors(profile)
        warnings = profile_warnings(profile)
        lines = [item.render(_) for item in errors]
        if unknown:
            lines.append(self.letter_check.text())
        lines += [_("Note: {warning}").format(warning=item.render(_)) for item in warnings]
        self.messages.setText("\n".join(lines))
        self.messages.setVisible(bool(lines))
        self.ok_button.setEnabled(not errors and not unknown)
        self.ok_button.setToolTip(_("Put the problems right first.") if errors or unknown
                                  else "")


class StoringProfileDialog(ProfileDialog):
    """The dialog that stores the profile at OK; where the archive refuses it (a full disk, a
    read-only folder) it says so and stays open with the changes, to try again."""

    def __init__(self, archive, parent: QWidget | None = None) -> None:
        super().__init__(archive.load_profile(), parent)
        self._archive = archive

    def accept(self) -> None:
        from cpmeeting.gui.write_refusal import written

        profile = self.profile()
        if written(self, lambda: self._archive.save_profile(profile), self._archive):
            super().accept()


def open_profile_dialog(archive, parent: QWidget | None = None) -> bool:
    """Edit the archive's profile; True when the user pressed OK and it was stored."""
    return StoringProfileDialog(archive, parent).exec() == QDialog.DialogCode.Accepted
