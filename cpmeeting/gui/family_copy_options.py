"""One family copy in the export dialog: whether to write it, its language and its form."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cpmeeting.domain.copies import Audience, Untranslated
from cpmeeting.domain.people import Invitee
from cpmeeting.i18n import _
from cpmeeting.i18n.catalogs import DOCUMENT_LANGUAGES


def _language_label(code: str) -> str:
    """'Polish (polski)': the English name helps the chair, the own name the family."""
    from cpmeeting.i18n.locales import language_name

    try:
        english, own = language_name(code), language_name(code, code)
    except (ValueError, LookupError):  # a code Babel does not know: show it as typed
        return code
    return english if english == own else f"{english} ({own})"


class FamilyCopyOptions(QWidget):
    """A tick for the copy, then its language, language-only or bilingual, and what to do
    with text nobody has translated (default: refuse, so no English passes as translation)."""

    def __init__(self, person: Invitee, label: str, tooltip: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.box = QCheckBox(label, objectName=f"copy_{person.id}")
        self.box.setToolTip(tooltip)
        layout.addWidget(self.box)

        self.language = QComboBox(objectName="language")
        self.language.setAccessibleName(_("Language of the copy for {name}").format(
            name=person.name))
        own = person.language or "en"
        for code in ("en", *DOCUMENT_LANGUAGES, *(() if own in (("en",) + DOCUMENT_LANGUAGES)
                                                 else (own,))):
            self.language.addItem(_language_label(code), code)
        self.language.setCurrentIndex(self.language.findData(own))

        self.form = QComboBox(objectName="form")
        self.form.setAccessibleName(_("Form of the copy for {name}").format(name=person.name))
        self.form.addItem(_("Language only"), False)
        self.form.addItem(_("Bilingual (the language, then the English)"), True)

        self.untranslated = QComboBox(objectName="untranslated")
        self.untranslated.setAccessibleName(
            _("Untranslated text in the copy for {name}").format(name=person.name))
        # Qt hands an enum back as a plain str: store the value, rebuild the enum on reading.
        self.untranslated.addItem(_("Refuse if anything is untranslated"),
                                  Untranslated.REFUSE.value)
        self.untranslated.addItem(_("Mark untranslated text"), Untranslated.MARK.value)

        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)  # under the tick, so the row reads as its options
        row.addWidget(QLabel(_("Language:"), buddy=self.language))
        for combo in (self.language, self.form, self.untranslated):
            row.addWidget(combo)
        row.addStretch(1)
        layout.addLayout(row)
        for signal in (self.box.toggled, self.language.currentIndexChanged,
                       self.form.currentIndexChanged):
            signal.connect(self._enable)
        self._enable()

    @property
    def in_english(self) -> bool:
        return self.language.currentData() == "en"

    def _enable(self) -> None:
        chosen = self.box.isChecked()
        self.language.setEnabled(chosen)
        self.form.setEnabled(chosen and not self.in_english)
        # A bilingual copy prints the English anyway, with untranslated text marked.
        self.untranslated.setEnabled(chosen and not self.in_english
                                     and not self.form.currentData())

    def audience(self) -> Audience:
        """The copy as chosen."""
        if self.in_english:
            return Audience.family(self.person.id, "en")
        bilingual = bool(self.form.currentData())
        untranslated = (Untranslated.MARK if bilingual
                        else Untranslated(self.untranslated.currentData()))
        return Audience.family(self.person.id, self.language.currentData(), bilingual,
                               untranslated)
