"""Decision: per child, the participants' views, then the chair's decision at a quorate moment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.conference import Conference, ConferenceKind
from cpmeeting.domain.decision import (
    CATEGORY_TITLES,
    DISCONTINUE_TITLES,
    OUTCOME_TITLES,
    REVIEW_ACTION_TITLES,
    Decision,
    Outcome,
    ReviewAction,
    dissenting_views,
)
from cpmeeting.domain.meeting_ops import participant_view
from cpmeeting.domain.operations import SetFields
from cpmeeting.domain.rules import check_quoracy
from cpmeeting.domain.rules.explain import format_time
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.stages.base import StagePage
from cpmeeting.gui.stages.fields import Choice, TextBox, TextLine, Tick, TickSet, refill, wrapping
from cpmeeting.gui.stages.forms import RecordForm, Responsive, add_row, form_layout, scrolled
from cpmeeting.gui.stages.names import enum_options
from cpmeeting.gui.stages.participant_views import KEY_HELP, ViewsTable
from cpmeeting.gui.stages.quoracy_panel import verdict_text
from cpmeeting.gui.stages.review_case import ReviewCaseBox
from cpmeeting.i18n import _


class DecisionPage(StagePage):
    stage = Stage.DECISION

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("decision_page")
        self.child = QComboBox(objectName="decision_child")
        self.child.setAccessibleName(_("Child"))
        self.child.currentIndexChanged.connect(lambda _i: self.show_conference(runner.conference))
        child_label = QLabel(_("&Child:"))
        child_label.setBuddy(self.child)
        picker = QHBoxLayout()
        picker.addWidget(child_label)
        picker.addWidget(self.child, 1)

        self.views = ViewsTable(runner)
        views_label = QLabel(_("&Participants' views ({keys}):").format(keys=_(KEY_HELP)))
        views_label.setBuddy(self.views)
        views_label.setWordWrap(True)
        self.views.itemSelectionChanged.connect(lambda: self.view_form.show(runner.conference))
        self.view_form = RecordForm(
            runner, lambda c: participant_view(c, self.views.selected_id() or "", self._child_id()))
        self.view_comment = self.view_form.bind(
            "comment", TextLine(_("Comment on the selected view")), _("Comment on the view"))
        comment_row = form_layout()
        add_row(comment_row, _("Comme&nt on the selected view:"), self.view_comment)

        f = self.form = RecordForm(runner, lambda c: c.decision_for(self._child_id()), "decisions",
                                   create=lambda c: (Decision(child_id=self._child_id())
                                                     if self._child_id() else None))
        box = QGroupBox(_("The chair's decision"))
        form = self._decision_rows = form_layout(box)
        # A plan follows if, and only if, the child is likely to suffer significant harm.
        add_row(form, _("&Outcome:"), f.bind("outcome", Choice(
            _("Outcome"), enum_options(OUTCOME_TITLES)), _("Outcome"),
            also=lambda outcome: {"significant_harm": None if outcome is None
                                  else outcome is Outcome.CHILD_PROTECTION_PLAN}))
        categories = f.bind("categories", TickSet(_("Categories"), enum_options(CATEGORY_TITLES)),
                            _("Categories"))
        add_row(form, _("Categories (plan onl&y):"), categories)
        self.review_action = add_row(form, _("At a revie&w:"), f.bind("review_action", Choice(
            _("Review action"), enum_options(REVIEW_ACTION_TITLES)), _("Review action")))
        self.discontinue = add_row(form, _("Reason to discontin&ue:"), f.bind(
            "discontinue_reason", Choice(_("Reason to discontinue"),
                                         enum_options(DISCONTINUE_TITLES)), _("Reason to discontinue")))
        self.category_reasons = add_row(form, _("Why the c&ategories changed (review):"), f.bind(
            "category_change_reasons", TextBox(_("Why the categories changed"), lines=2),
            _("Why the categories changed")))
        add_row(form, _("&Reasons:"), f.bind("reasons", TextBox(_("Reasons"), lines=4),
                                             _("Reasons")))
        self.dissent = f.bind("dissent", TextBox(_("Dissent"), lines=2), _("Dissent"))
        add_row(form, _("D&issent:"), self.dissent)
        fill = QPushButton(_("Pre-fi&ll dissent from the views"))
        fill.clicked.connect(self.fill_dissent)
        form.addRow(fill)
        form.addRow(wrapping(f.bind("legal_proceedings_considered", Tick(
            _("Le&gal proceedings or the family court considered")), _("Legal proceedings"))))
        self.decide = QPushButton(_("Recor&d the decision now (re-checks quoracy)"))
        self.decide.setObjectName("record_decision")
        self.decide.clicked.connect(self.record_decision)
        form.addRow(self.decide)
        self.verdict = QLabel(objectName="decision_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(_("Quoracy when the decision was taken"))
        form.addRow(self.verdict)
        # The room view shows a child's decision only once the chair has told the room.
        self.announce = QPushButton(objectName="announce_decision")
        self.announce.clicked.connect(self.toggle_announced)
        form.addRow(self.announce)

        self.case_box = ReviewCaseBox(runner)
        left = QVBoxLayout()
        left.addLayout(picker)
        left.addWidget(views_label)
        left.addWidget(self.views, 1)
        left.addLayout(comment_row)
        left.addWidget(self.case_box)
        self.sides = Responsive((scrolled(left), 1), (scrolled(box), 1))
        QVBoxLayout(self).addWidget(self.sides)

    def _child_id(self) -> str | None:
        return self.child.currentData()

    def show_conference(self, conference: Conference) -> None:
        refill(self.child, [(child.display_name, child.id) for child in conference.children])
        self.views.show_views(conference, self._child_id())
        self.view_form.show(conference)
        self.form.show(conference)
        is_review = conference.kind is ConferenceKind.REVIEW
        self.review_action.setEnabled(is_review)
        self.category_reasons.setEnabled(is_review)
        # At an initial conference the review-only rows would only push the reasons down.
        for review_only in (self.review_action, self.discontinue, self.category_reasons):
            self._decision_rows.setRowVisible(review_only, is_review)
        self.case_box.show_conference(conference)
        decision = conference.decision_for(self._child_id())
        self.discontinue.setEnabled(
            is_review and decision is not None
            and decision.review_action is ReviewAction.DISCONTINUE)
        self.dissent.setPlaceholderText(self._dissent_hint(conference, decision))
        self.verdict.setText(self._verdict_text(decision))
        announced = decision is not None and decision.announced_at is not None
        self.announce.setText(_("Take this decision off the room view (un-&announce)") if announced
                              else _("&Announce this decision: show it on the room view"))
        self.announce.setEnabled(decision is not None and decision.outcome is not None)

    def _dissent_hint(self, conference: Conference, decision: Decision | None) -> str:
        if decision is None:
            return ""
        lines = []
        for view in dissenting_views(decision, conference.participant_views):
            person = conference.invitee(view.invitee_id)
            lines.append(_("{name} recommended: {outcome}").format(
                name=person.name if person else "?",
                outcome=_(OUTCOME_TITLES[view.recommendation])))
        return "\n".join(lines)

    def _verdict_text(self, decision: Decision | None) -> str:
        if decision is None or decision.decided_at is None:
            return _("Not yet recorded.")
        if decision.quorate_when_decided:
            state = "✓ " + _("Quorate when decided")
        else:
            state = "✗ " + _("Not quorate when decided")
        return _("{state} at {time}.").format(state=state, time=format_time(decision.decided_at))

    def fill_dissent(self) -> None:
        """Copy the dissenting views into the dissent text, for the chair to edit."""
        hint = self.dissent.placeholderText()
        if hint and not self.dissent.toPlainText().strip():
            self.dissent.setPlainText(hint)
            self.dissent.commit()

    def toggle_announced(self) -> None:
        """The chair has told the room the decision (or takes it back off the screen)."""
        decision = self.runner.conference.decision_for(self._child_id())
        if decision is None or decision.outcome is None:
            return
        when = None if decision.announced_at is not None else self.runner.now()
        self.runner.apply(SetFields(_("Announce the decision in the room"),
                                    {"announced_at": when}, record_id=decision.id))

    def record_decision(self) -> None:
        """Store when the decision was taken and whether the conference was quorate then."""
        for editor in self.form.editors.values():
            if hasattr(editor, "commit"):
                editor.commit()
        conference, now = self.runner.conference, self.runner.now()
        verdict = check_quoracy(conference, self.runner.profile, now)
        decision = conference.decision_for(self._child_id())
        label = _("Record the decision")
        if decision is None or decision.outcome is None:
            self.verdict.setText(_("Choose the outcome first, then record the decision."))
            self.form.editors["outcome"].setFocus()
            return
        changes = {"decided_at": now, "quorate_when_decided": verdict.quorate}
        self.runner.apply(SetFields(label, changes, record_id=decision.id))
        detail = verdict_text(verdict)
        self.verdict.setText(self._verdict_text(conference.decision_for(self._child_id()))
                             + "\n" + detail)
