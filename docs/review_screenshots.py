"""Screenshots of a review for docs/screenshots/: the case timeline the review opens with, the
progress stage, the scaling chart, and pages of the review's minutes as PDF.

Run under a real X server (Xvfb), so what is saved is what a chair sees:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/review_screenshots.py
It builds an invented three-conference case (the demo's initial conference, a first review and
the second review now being held) in a throwaway archive; nothing of the user's is touched.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"


def review_case():
    """Three conferences of one invented case; the last one is the review being held."""
    from cpmeeting.demo import demo_conference, demo_profile
    from cpmeeting.domain.analysis import Scaling
    from cpmeeting.domain.decision import Outcome, ReviewAction
    from cpmeeting.domain.progress import ActionStatus, CoreGroupMeeting, OutcomeStatus
    from cpmeeting.domain.review import start_review
    from cpmeeting.domain.signoff import sign

    profile = demo_profile()
    initial = demo_conference(datetime(2026, 9, 1).date())
    sign(initial, profile, "Ruth Okonjo", "Independent chair",
         datetime.combine(initial.date, time(13, 0)), waiver_reason="Demonstration")
    first = start_review(initial, initial.date + timedelta(days=84), time(10, 0))
    lift = {0: 2, 1: 1, 2: 2, 3: 1, 4: 2, 5: 1}
    people = [p.id for p in first.invitees]
    first.scaling = [Scaling(s.invitee_id, s.child_id,
                             min(10, s.score + lift.get(people.index(s.invitee_id) % 6, 1)))
                     for s in initial.scaling if first.invitee(s.invitee_id)]
    for decision in first.decisions:
        decision.outcome = Outcome.CHILD_PROTECTION_PLAN
        decision.significant_harm = True
        decision.review_action = ReviewAction.CONTINUE
    sign(first, profile, "Ruth Okonjo", "Independent chair",
         datetime.combine(first.date, time(13, 0)), waiver_reason="Demonstration")
    second = start_review(first, first.date + timedelta(days=170), time(10, 0))
    second.scaling = [Scaling(s.invitee_id, s.child_id, min(10, s.score + 1))
                      for s in first.scaling]
    statuses = [ActionStatus.DONE, ActionStatus.PARTLY_DONE, ActionStatus.DONE,
                ActionStatus.NOT_DONE, ActionStatus.DONE, ActionStatus.NO_LONGER_NEEDED]
    evidence = ["Certificate of completion seen by the social worker.",
                "Plan agreed in Polish; not yet reviewed with the father.",
                "Referral accepted; four sessions attended.",
                "Application not made: the form was lost.",
                "Zofia has attended breakfast club on 38 of 40 school days.",
                "Leo's speech therapy began before the action was due."]
    for item, status, proof in zip(second.action_progress, statuses, evidence, strict=False):
        item.status, item.evidence, item.reported_by = status, proof, "Amara Okonjo"
    rag = [OutcomeStatus.AMBER, OutcomeStatus.GREEN, OutcomeStatus.GREEN, OutcomeStatus.RED]
    for item, status in zip(second.outcome_progress, rag, strict=False):
        item.status = status
        item.comment = "Reported by the school and the health visitor."
    second.core_group_meetings = [CoreGroupMeeting(first.date + timedelta(days=d))
                                  for d in (27, 58, 86, 120)]
    zofia = second.children[0]
    second.child_said_since = {zofia.id: "It is calmer at home. I like breakfast club."}
    return [initial, first, second], profile


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_screenshots import throwaway_app

    app = throwaway_app()
    from cpmeeting.documents.minutes import build_minutes
    from cpmeeting.domain.stages import Stage
    from cpmeeting.gui.main_window import MainWindow
    from cpmeeting.store.archive import Archive

    case, profile = review_case()
    archive = Archive.open()
    archive.save_profile(profile)
    for conference in case:
        archive.save(conference)
    review = case[-1]
    moment = datetime.combine(review.date, time(10, 55))
    window = MainWindow(archive, clock=lambda: moment)
    window.resize(1366, 768)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(8):
            app.processEvents()

    window.close_conference()
    settle()
    window.grab().save(str(OUT / "start-screen-case.png"))
    window.open_conference(review.id)
    window.go_to_stage(Stage.INTRODUCTION)
    settle()
    window.grab().save(str(OUT / "review-case-timeline.png"))
    window.go_to_stage(Stage.PROGRESS)
    settle()
    window.grab().save(str(OUT / "review-progress-stage.png"))
    page = window.live.pages.currentWidget()
    page.items.setCurrentRow(len(review.action_progress))  # the first outcome, red/amber/green
    settle()
    window.grab().save(str(OUT / "review-progress-outcome.png"))
    page.chart.grab().save(str(OUT / "review-scaling-chart.png"))
    from cpmeeting.gui.actions import ActionId

    window.go_to_stage(Stage.INTRODUCTION)
    window.actions[ActionId.TEXT_200].trigger()  # the timeline at 200% text
    settle()
    window.grab().save(str(OUT / "large-text-case-timeline.png"))
    window.actions[ActionId.TEXT_100].trigger()
    window.close()
    pdf = build_minutes(review, profile, case=case[:-1]).pdf
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "review-minutes.pdf"
        path.write_bytes(pdf)
        pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                               text=True, check=True).stdout.split("\f")
        first = next(i for i, text in enumerate(pages, start=1)
                     if "Progress since the last conference" in text)
        for number in (1, first, first + 1):  # the cover with the case timeline, the progress
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(number), "-l", str(number),
                            "-singlefile", str(path), str(OUT / f"review-minutes-{number}")],
                           check=True)
    archive.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
