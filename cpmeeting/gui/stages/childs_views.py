"""The child's views: per child, the participation code, how the views came, in their words."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cpmeeting.domain.conference import CASE_ID_MAX, Conference
from cpmeeting.domain.stages import Stage
from cpmeeting.domain.voice import ChildsView, ParticipationCode
from cpmeeting.gui.stages.base import StagePage
from cpmeeting.gui.stages.fields import Choice, TextBox, TextLine, Tick, TickSet, refill
from cpmeeting.gui.stages.forms import RecordForm, add_row, form_layout, scrolled
from cpmeeting.gui.stages.names import ROUTE_TITLES, enum_options
from cpmeeting.i18n import _


def participation_options() -> list[tuple[ParticipationCode, str]]:
    return [(code, f"{code.value}: {_(code.description)}") for code in ParticipationCode]


class ChildsViewsPage(StagePage):
    stage = Stage.CHILDS_VIEWS

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("childs_views_page")
        self.child = QComboBox(objectName="views_child")
        self.child.setAccessibleName(_("Child"))
        self.child.currentIndexChanged.connect(lambda _i: self._show_child(runner.conference))
        child_label = QLabel(_("&Child:"))
        child_label.setBuddy(self.child)
        picker = QHBoxLayout()
        picker.addWidget(child_label)
        picker.addWidget(self.child, 1)
        # The child's own record: the authority's person id, typed once and kept.
        self.child_form = RecordForm(runner, lambda c: c.child(self.child_id()), "children")
        self.case_id = self.child_form.bind(
            "case_management_id", TextLine(_("Case-management id (the authority's person id)")),
            _("Case-management id"))
        self.case_id.setObjectName("child_case_id")
        self.case_id.setMaxLength(CASE_ID_MAX)
        case_label = QLabel(_("Case-management &id:"))
        case_label.setBuddy(self.case_id)
        picker.addWidget(case_label)
        picker.addWidget(self.case_id)

        f = self.form = RecordForm(
            runner, lambda c: c.childs_view_for(self.child_id()), "childs_views",
            create=lambda c: ChildsView(child_id=self.child_id()) if self.child_id() else None)
        form = form_layout()
        add_row(form, _("&Participation:"), f.bind("participation", Choice(
            _("Participation code"), participation_options()), _("Participation code")))
        self.routes = f.bind("routes", TickSet(_("How the views came"),
                                               enum_options(ROUTE_TITLES)), _("How the views came"))
        routes_box = QGroupBox(_("How the views &reached the conference"))
        QVBoxLayout(routes_box).addWidget(self.routes)
        routes_box.setFocusProxy(self.routes)
        form.addRow(routes_box)
        self.own_words = f.bind("own_words", TextBox(_("The child's own words"), lines=6),
                                _("The child's own words"))
        words_font = self.own_words.font()
        words_font.setPointSizeF(max(words_font.pointSizeF(), 10.0) * 1.25)
        self.own_words.setFont(words_font)
        add_row(form, _("In the child's &own words:"), self.own_words)
        add_row(form, _("Relayed b&y:"), f.bind("relayed_by", TextLine(_("Relayed by")),
                                               _("Relayed by")))
        add_row(form, _("Why views were &not obtained:"),
                f.bind("not_obtained_reason", TextLine(_("Why views were not obtained")),
                       _("Why views were not obtained")))
        add_row(form, _("&Lived experience:"),
                f.bind("lived_experience", TextBox(_("Lived experience"), lines=4),
                       _("Lived experience")))
        form.addRow(f.bind("speak_without_family", Tick(
            _("Needs to speak &without family present")), _("Needs to speak without family")))
        self.hint = QLabel(objectName="views_hint")
        self.hint.setWordWrap(True)

        content = QVBoxLayout()
        content.addLayout(picker)
        content.addWidget(self.hint)
        content.addLayout(form, 1)
        QVBoxLayout(self).addWidget(scrolled(content))

    def _show_child(self, conference: Conference) -> None:
        self.form.show(conference)
        self.child_form.show(conference)

    def child_id(self) -> str | None:
        return self.child.currentData()

    def show_conference(self, conference: Conference) -> None:
        refill(self.child, [(child.display_name, child.id) for child in conference.children])
        self._show_child(conference)
        child = conference.child(self.child_id())
        age = child.age_on(conference.date) if child else None
        if child is not None and child.is_unborn:
            self.hint.setText(_("An unborn baby: no views to record."))
        elif age is not None and age < 4:
            self.hint.setText(_("Under 4 at the time of the conference (PN0)."))
        else:
            self.hint.setText("")
