"""Plan: outcomes and actions, leads and core group, and the dates the rules compute."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.meeting_ops import NOT_PARTICIPANTS
from cpmeeting.domain.people import Role
from cpmeeting.domain.plan import LeadStatutoryBody
from cpmeeting.domain.rules.explain import format_day
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.labels import person_label
from cpmeeting.gui.stages.base import StagePage
from cpmeeting.gui.stages.fields import Choice, DateField, IdTicks, TextBox, TextLine
from cpmeeting.gui.stages.forms import RecordForm, Responsive, add_row, form_layout, scrolled
from cpmeeting.gui.stages.names import enum_options
from cpmeeting.gui.stages.plan_dates import PlanDates, applies_text, working_day_warning
from cpmeeting.gui.stages.plan_items import ActionsEditor, OutcomesEditor
from cpmeeting.i18n import N_, _

LEAD_TITLES = {LeadStatutoryBody.CHILDRENS_SOCIAL_CARE: N_("Children's social care"),
               LeadStatutoryBody.NSPCC: N_("NSPCC")}
DEADLINE_KEYS = ("core_group", "review")


class PlanPage(StagePage):
    stage = Stage.PLAN

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("plan_page")
        self.tabs = QTabWidget(objectName="plan_tabs")
        self.tabs.setAccessibleName(_("Parts of the plan"))

        self.outcomes = OutcomesEditor(runner)
        self.actions = ActionsEditor(runner, self.deadline_hint)
        items = Responsive((scrolled(self.outcomes), 1), (scrolled(self.actions), 1))
        self.tabs.addTab(items, _("Outcomes and a&ctions"))

        f = self.plan_form = RecordForm(runner, lambda c: c.plan, path="plan")
        g = self.core_form = RecordForm(runner, lambda c: c.plan.core_group, path="plan.core_group")
        leads = QWidget()
        form = form_layout(leads)
        add_row(form, _("Lead statutory &body:"), f.bind("lead_statutory_body", Choice(
            _("Lead statutory body"), enum_options(LEAD_TITLES), False),
            _("Lead statutory body")))
        self.lead_worker = f.bind("lead_social_worker_id", Choice(_("Lead social worker")),
                                  _("Lead social worker"))
        add_row(form, _("Lead social &worker:"), self.lead_worker)
        add_row(form, _("The child's &needs:"), f.bind(
            "childs_needs", TextBox(_("The child's needs"), lines=3), _("The child's needs")))
        add_row(form, _("Contin&gency if things do not change:"), f.bind(
            "contingency", TextBox(_("Contingency"), lines=3), _("Contingency")))
        self.members = g.bind("member_ids", IdTicks(_("Core group members")),
                              _("Core group members"))
        add_row(form, _("Core grou&p members:"), self.members)
        self.first_meeting = g.bind(
            "first_meeting", DateField(_("First core group meeting")), _("First core group meeting"))
        add_row(form, _("First core group mee&ting:"), self.first_meeting)
        add_row(form, _("Core group fre&quency:"), g.bind(
            "frequency", TextLine(_("Core group frequency")), _("Core group frequency")))
        self.tabs.addTab(scrolled(leads), _("&Leads and core group"))

        self.dates = PlanDates(runner)
        self.tabs.addTab(self.dates, _("Computed &dates"))
        QVBoxLayout(self).addWidget(self.tabs)
        # Short titles for when the full ones do not fit across (200% text), with the same
        # mnemonics; the full title stays in the tooltip and for screen readers.
        self._titles = list(zip((self.tabs.tabText(i) for i in range(self.tabs.count())),
                                (_("A&ctions"), _("&Leads"), _("&Dates")), strict=True))
        for index, (title, _short) in enumerate(self._titles):
            self.tabs.setTabToolTip(index, title.replace("&", ""))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_tab_titles()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_tab_titles()

    def fit_tab_titles(self) -> None:
        """Full tab titles when they fit across the page, else short ones (200% text, a
        narrow page): arrows scrolling the tabs sideways would hide a part of the plan."""
        bar = self.tabs.tabBar()
        for short in (False, True):
            for index, titles in enumerate(self._titles):
                if self.tabs.tabText(index) != titles[short]:
                    self.tabs.setTabText(index, titles[short])
            if bar.sizeHint().width() <= self.tabs.width():
                return

    def show_conference(self, conference: Conference) -> None:
        self.outcomes.show_conference(conference)
        self.actions.show_conference(conference)
        workers = conference.invitees_with_role(Role.SOCIAL_WORKER, Role.TEAM_MANAGER)
        self.lead_worker.set_options([(p.id, person_label(p)) for p in workers])
        members = [p for p in conference.invitees if p.role not in NOT_PARTICIPANTS]
        self.members.set_options([(p.id, person_label(p)) for p in members])
        self.plan_form.show(conference)
        self.core_form.show(conference)
        self.dates.show_conference(conference)

    def deadline_hint(self, day: date | None) -> str:
        """The statutory dates an action's due date sits against, and a working-day warning."""
        dates = self.dates.due_dates()
        # A meeting already set shows its own date against the deadline, as the table does.
        parts = [_("{what}: {day}").format(
                     what=dates[key].render_applies_title(_),
                     day=(applies_text(dates[key]) if dates[key].arranged is not None
                          else format_day(dates[key].effective)))
                 for key in DEADLINE_KEYS if key in dates]
        lines = ["; ".join(parts)] if parts else []
        review = dates.get("review")
        if day is not None and review is not None and day > review.effective:
            lines.append("⚠ " + _("After the next review."))
        warning = working_day_warning(self.dates.calendar(), day)
        if warning:
            lines.append(warning)
        return "\n".join(lines)
