"""Settings > Authority profile: the local variants of the rules, checked as they are typed.

OK stores the whole profile through the archive in one call; Cancel stores nothing.
The main window calls `open_profile_dialog(archive, parent)` and reloads the profile on True.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
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


def plain(text: str) -> str:
    """Label text without its mnemonic marker, for accessible names."""
    return text.replace("&", "")


class ProfileDialog(QDialog):
    """Edits a copy of the profile; profile() builds the edited one."""

    def __init__(self, profile: AuthorityProfile, parent: QWidget | None = None,
                 reserved: str = "oc") -> None:
        super().__init__(parent)
        self.setObjectName("profile_dialog")
        self.setWindowTitle(_("Authority profile"))
        self._original = profile
        self._filling = False
        # Letters taken on every tab: the tab titles and the buttons (OK and Cancel here; the
        # set-up assistant's buttons where it holds this editor).
        shared = Mnemonics(set(reserved))
        self.tabs = QTabWidget(objectName="profile_tabs")
        self.tabs.setAccessibleName(_("Parts of the profile"))
        pages = [
            (self._general_page, _("General"), "g"),
            (self._quoracy_page, _("Quoracy"), "q"),
            (self._timescales_page, _("Timescales"), "t"),
            (self._script_page, _("Introduction script"), "i"),
            (self._complaints_page, _("Complaints procedure"), "p"),
            (self._letter_page, _("Letter to a child"), "l"),
        ]
        titles = [shared(title, letter) for _build, title, letter in pages]
        restore_text = shared(_("Restore defaults"), "r")
        for (build, _title, _letter), title in zip(pages, titles, strict=True):
            self.tabs.addTab(build(Mnemonics(shared.used)), title)

        self.messages = QLabel(objectName="profile_messages", wordWrap=True)
        self.messages.setAccessibleName(_("Problems with the profile"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_("&OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("&Cancel"))
        self.restore_button = self.buttons.addButton(
            restore_text, QDialogButtonBox.ButtonRole.ResetRole)
        self.restore_button.setObjectName("restore_defaults")
        self.restore_button.setToolTip(_("Put back the default rules; the name is kept."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_defaults)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.messages)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self._fill(profile)

    # Pages

    def _general_page(self, mnemonic: Mnemonics) -> QWidget:
        page = QWidget(objectName="general_page")
        form = QFormLayout(page)
        self.name = QLineEdit(objectName="authority_name")
        self.nation = QComboBox(objectName="nation")
        for nation in Nation:
            self.nation.addItem(_(NATION_TITLES[nation]), nation)
        self.calendar_note = QLabel(objectName="calendar_note", wordWrap=True)
        self.framework = QComboBox(objectName="analysis_framework")
        for framework in AnalysisFramework:
            self.framework.addItem(_(FRAMEWORK_TITLES[framework]), framework)
        self.framework_note = QLabel(objectName="framework_note", wordWrap=True)
        self.marking = QLineEdit(objectName="marking")
        self._row(form, mnemonic(_("Authority name"), "a"), self.name)
        self._row(form, mnemonic(_("Nation"), "n"), self.nation)
        form.addRow("", self.calendar_note)
        self._row(form, mnemonic(_("Analysis framework"), "f"), self.framework)
        form.addRow("", self.framework_note)
        self._row(form, mnemonic(_("Document marking"), "m"), self.marking)
        self.name.textChanged.connect(self._changed)
        self.nation.currentIndexChanged.connect(self._changed)
        self.framework.currentIndexChanged.connect(self._changed)
        self.marking.textChanged.connect(self._changed)
        return page

    def _quoracy_page(self, mnemonic: Mnemonics) -> QWidget:
        page = QWidget(objectName="quoracy_page")
        form = QFormLayout(page)
        self.lead = QComboBox(objectName="lead_agency")
        self.lead_stand_in = QCheckBox(objectName="lead_stand_in")
        self.min_agencies = QSpinBox(objectName="min_other_agencies")
        self.min_agencies.setRange(*AGENCIES_RANGE)
        self.count_video = QCheckBox(mnemonic(_("Count a video link agreed by the chair"), "v"),
                                     objectName="count_video")
        self.count_reports = QCheckBox(mnemonic(_("Count a written report as taking part"), "w"),
                                       objectName="count_written_reports")
        self.quoracy_rule = QLabel(objectName="quoracy_rule", wordWrap=True)
        self.quoracy_rule.setAccessibleName(_("The resulting quoracy rule"))
        self._row(form, mnemonic(_("Lead agency required"), "l"), self.lead)
        self._stand_in_text = mnemonic(_("Another lead statutory body may stand in"), "s")
        self.lead_stand_in.setText(self._stand_in_text)
        form.addRow("", self.lead_stand_in)
        self._row(form, mnemonic(_("Minimum other agencies"), "m"), self.min_agencies)
        form.addRow("", self.count_video)
        form.addRow("", self.count_reports)
        form.addRow(self.quoracy_rule)
        for box in (self.lead_stand_in, self.count_video, self.count_reports):
            box.setAccessibleName(plain(box.text()))
            box.toggled.connect(self._changed)
        self.lead.currentIndexChanged.connect(self._changed)
        self.min_agencies.valueChanged.connect(self._changed)
        return page

    def _timescales_page(self, mnemonic: Mnemonics) -> QWidget:
        page = QWidget(objectName="timescales_page")
        form = QFormLayout(page)
        low, high = TIMESCALE_RANGE
        form.addRow(QLabel(_("Each timescale is {low} to {high}; the usual value is shown "
                             "beside it.").format(low=low, high=high), wordWrap=True))
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
            label = self._row(form, mnemonic(_(term.title)), spin, row)
            spin.setAccessibleDescription(note)
            label.setToolTip(note)
            self.timescales[item.name] = spin
        return page

    def _script_page(self, mnemonic: Mnemonics) -> QWidget:
        page, layout, self.script = self._text_page(
            "script_page", "introduction_script", mnemonic(_("Script the chair reads aloud"), "s"))
        lines = [_("It may use these placeholders, filled in for each conference:")]
        lines += [f"{{{name}}}: {_(meaning)}" for name, meaning in PLACEHOLDER_MEANINGS.items()]
        self.placeholders = QLabel("\n".join(lines), objectName="script_placeholders")
        self.placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.script_check = QLabel(objectName="script_check", wordWrap=True)
        self.script_check.setAccessibleName(_("Script check"))
        layout.addWidget(self.placeholders)
        layout.addWidget(self.script_check)
        self.script.textChanged.connect(self._changed)
        return page

    def _complaints_page(self, mnemonic: Mnemonics) -> QWidget:
        page, _layout, self.complaints = self._text_page(
            "complaints_page", "complaints_procedure",
            mnemonic(_("How to complain, as told to the family"), "h"))
        self.complaints.textChanged.connect(self._changed)
        return page

    def _letter_page(self, mnemonic: Mnemonics) -> QWidget:
        """The letter a chair may make for a child who can read (documents/child_letter.py)."""
        from cpmeeting.domain.child_letter import LETTER_FIELDS

        page, layout, self.letter = self._text_page(
            "letter_page", "child_letter_wording",
            mnemonic(_("Wording of the letter to a child, one sentence a line"), "w"))
        fields = ", ".join(f"{{{name}}}" for name in LETTER_FIELDS)
        note = QLabel(_("It may use {fields}. {{decision}} is said for the child's age; the "
                        "standard wording is translated for the family's language, your own "
                        "is printed as written.").format(fields=fields), wordWrap=True)
        self.letter_check = QLabel(objectName="letter_check", wordWrap=True)
        self.letter_check.setAccessibleName(_("Letter check"))
        layout.addWidget(note)
        layout.addWidget(self.letter_check)
        self.letter.textChanged.connect(self._changed)
        return page

    @staticmethod
    def _text_page(page_name: str, editor_name: str, label_text: str
                   ) -> tuple[QWidget, QVBoxLayout, QPlainTextEdit]:
        """A page with one labelled text editor that takes the room; more may go below."""
        page = QWidget(objectName=page_name)
        layout = QVBoxLayout(page)
        editor = QPlainTextEdit(objectName=editor_name)
        editor.setTabChangesFocus(True)
        label = QLabel(label_text)
        label.setBuddy(editor)
        editor.setAccessibleName(plain(label.text()))
        layout.addWidget(label)
        layout.addWidget(editor, stretch=1)
        return page, layout, editor

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget, shown=None) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(plain(text))
        form.addRow(label, shown if shown is not None else field)
        return label

    # Values

    def _fill(self, profile: AuthorityProfile) -> None:
        self._filling = True
        try:
            self.name.setText(profile.name)
            self.nation.setCurrentIndex(self.nation.findData(profile.nation))
            self.framework.setCurrentIndex(self.framework.findData(profile.analysis_framework))
            self.marking.setText(profile.marking)
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


def open_profile_dialog(archive, parent: QWidget | None = None) -> bool:
    """Edit the archive's profile; True when the user pressed OK and it was stored."""
    dialog = ProfileDialog(archive.load_profile(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    archive.save_profile(dialog.profile())
    return True
