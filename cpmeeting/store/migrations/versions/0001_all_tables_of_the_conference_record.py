"""All tables of the conference record (generated once with autogenerate, then reviewed).

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 12:04:54.164261
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_state',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_app_state'))
    )
    op.create_table('conferences',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('venue', sa.Text(), nullable=False),
    sa.Column('authority', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('strategy_discussion_date', sa.Date(), nullable=True),
    sa.Column('previous_conference_date', sa.Date(), nullable=True),
    sa.Column('previous_conference_kind', sa.Text(), nullable=True),
    sa.Column('transfer_notified_date', sa.Date(), nullable=True),
    sa.Column('brought_forward_reason', sa.Text(), nullable=False),
    sa.Column('introduction_covered', sa.JSON(), nullable=False),
    sa.Column('analysis_framework', sa.Text(), nullable=False),
    sa.Column('inquorate', sa.Boolean(), nullable=False),
    sa.Column('inquorate_path', sa.Text(), nullable=True),
    sa.Column('inquorate_reasons', sa.Text(), nullable=True),
    sa.Column('inquorate_new_date', sa.Date(), nullable=True),
    sa.Column('inquorate_recorded_at', sa.DateTime(), nullable=True),
    sa.Column('current_stage', sa.Text(), nullable=False),
    sa.Column('stage_budgets_minutes', sa.JSON(), nullable=False),
    sa.Column('children_names', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conferences'))
    )
    with op.batch_alter_table('conferences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conferences_date'), ['date'], unique=False)

    op.create_table('directory',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('agency', sa.Text(), nullable=False),
    sa.Column('group', sa.Text(), nullable=True),
    sa.Column('involvement', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_directory'))
    )
    op.create_table('profile',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('nation', sa.Text(), nullable=False),
    sa.Column('quoracy_required_groups', sa.JSON(), nullable=False),
    sa.Column('quoracy_lead_alternatives', sa.JSON(), nullable=False),
    sa.Column('quoracy_min_other_agencies', sa.Integer(), nullable=False),
    sa.Column('quoracy_count_video', sa.Boolean(), nullable=False),
    sa.Column('quoracy_count_written_reports', sa.Boolean(), nullable=False),
    sa.Column('timescales_initial_working_days', sa.Integer(), nullable=False),
    sa.Column('timescales_transfer_in_working_days', sa.Integer(), nullable=False),
    sa.Column('timescales_first_review_months', sa.Integer(), nullable=False),
    sa.Column('timescales_later_review_months', sa.Integer(), nullable=False),
    sa.Column('timescales_pre_birth_first_review_months', sa.Integer(), nullable=False),
    sa.Column('timescales_core_group_working_days', sa.Integer(), nullable=False),
    sa.Column('timescales_plan_circulation_working_days', sa.Integer(), nullable=False),
    sa.Column('timescales_minutes_working_days', sa.Integer(), nullable=False),
    sa.Column('timescales_exclusion_notice_working_days', sa.Integer(), nullable=False),
    sa.Column('timescales_inquorate_reconvene_working_days', sa.Integer(), nullable=False),
    sa.Column('analysis_framework', sa.Text(), nullable=False),
    sa.Column('introduction_script', sa.Text(), nullable=False),
    sa.Column('marking', sa.Text(), nullable=False),
    sa.Column('complaints_procedure', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile'))
    )
    op.create_table('amendments',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('made_by', sa.Text(), nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_amendments_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_amendments'))
    )
    op.create_table('analysis_items',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('heading', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('child_ids', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_analysis_items_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_analysis_items'))
    )
    op.create_table('children',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('given_name', sa.Text(), nullable=False),
    sa.Column('family_name', sa.Text(), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('expected_date', sa.Date(), nullable=True),
    sa.Column('gender', sa.Text(), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_children_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_children'))
    )
    op.create_table('childs_views',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Text(), nullable=False),
    sa.Column('participation', sa.Text(), nullable=True),
    sa.Column('routes', sa.JSON(), nullable=False),
    sa.Column('own_words', sa.Text(), nullable=False),
    sa.Column('relayed_by', sa.Text(), nullable=False),
    sa.Column('not_obtained_reason', sa.Text(), nullable=False),
    sa.Column('lived_experience', sa.Text(), nullable=False),
    sa.Column('speak_without_family', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_childs_views_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_childs_views'))
    )
    op.create_table('contributions',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('invitee_id', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('progress_against_plan', sa.Text(), nullable=False),
    sa.Column('view_on_decision', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_contributions_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_contributions'))
    )
    op.create_table('date_overrides',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_date_overrides_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_date_overrides'))
    )
    op.create_table('decisions',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Text(), nullable=False),
    sa.Column('significant_harm', sa.Boolean(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.Column('review_action', sa.Text(), nullable=True),
    sa.Column('discontinue_reason', sa.Text(), nullable=True),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('dissent', sa.Text(), nullable=False),
    sa.Column('legal_proceedings_considered', sa.Boolean(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('quorate_when_decided', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_decisions_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_decisions'))
    )
    op.create_table('drafts',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_drafts_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'key', name=op.f('pk_drafts'))
    )
    op.create_table('exclusions',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('invitee_id', sa.Text(), nullable=False),
    sa.Column('grounds', sa.JSON(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('requested_by', sa.Text(), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=True),
    sa.Column('late_request_reason', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('legal_advice_taken', sa.Boolean(), nullable=False),
    sa.Column('legal_advice_note', sa.Text(), nullable=False),
    sa.Column('items', sa.Text(), nullable=False),
    sa.Column('start', sa.DateTime(), nullable=True),
    sa.Column('end', sa.DateTime(), nullable=True),
    sa.Column('views_represented_by', sa.Text(), nullable=True),
    sa.Column('views_representation_note', sa.Text(), nullable=False),
    sa.Column('receives_report', sa.Boolean(), nullable=False),
    sa.Column('receives_minutes', sa.Boolean(), nullable=False),
    sa.Column('how_told_outcome', sa.Text(), nullable=False),
    sa.Column('told_in_writing_on', sa.Date(), nullable=True),
    sa.Column('complaints_procedure_given', sa.Boolean(), nullable=False),
    sa.Column('asked_to_leave_during_meeting', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_exclusions_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_exclusions'))
    )
    op.create_table('invitees',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('agency', sa.Text(), nullable=False),
    sa.Column('group', sa.Text(), nullable=True),
    sa.Column('involvement', sa.Text(), nullable=True),
    sa.Column('relationship', sa.Text(), nullable=False),
    sa.Column('attendance', sa.Text(), nullable=False),
    sa.Column('video_agreed_by_chair', sa.Boolean(), nullable=False),
    sa.Column('part_items', sa.Text(), nullable=False),
    sa.Column('substitute_for', sa.Text(), nullable=True),
    sa.Column('report_received', sa.Date(), nullable=True),
    sa.Column('report_shared_with_family', sa.Date(), nullable=True),
    sa.Column('language', sa.Text(), nullable=False),
    sa.Column('needs_interpreter', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_invitees_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_invitees'))
    )
    op.create_table('minute_entries',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('stage', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('speaker_id', sa.Text(), nullable=True),
    sa.Column('not_for', sa.JSON(), nullable=False),
    sa.Column('third_party_confidential', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_minute_entries_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_minute_entries'))
    )
    op.create_table('participant_views',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('invitee_id', sa.Text(), nullable=False),
    sa.Column('child_id', sa.Text(), nullable=False),
    sa.Column('recommendation', sa.Text(), nullable=True),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_participant_views_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_participant_views'))
    )
    op.create_table('plan',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('lead_statutory_body', sa.Text(), nullable=False),
    sa.Column('lead_social_worker_id', sa.Text(), nullable=True),
    sa.Column('childs_needs', sa.Text(), nullable=False),
    sa.Column('contingency', sa.Text(), nullable=False),
    sa.Column('core_group_member_ids', sa.JSON(), nullable=False),
    sa.Column('core_group_first_meeting', sa.Date(), nullable=True),
    sa.Column('core_group_frequency', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_plan_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', name=op.f('pk_plan'))
    )
    op.create_table('plan_actions',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Text(), nullable=True),
    sa.Column('owner_text', sa.Text(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('outcome_id', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_plan_actions_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_plan_actions'))
    )
    op.create_table('plan_outcomes',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('what_must_change', sa.Text(), nullable=False),
    sa.Column('measure', sa.Text(), nullable=False),
    sa.Column('by_when', sa.Date(), nullable=True),
    sa.Column('child_ids', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_plan_outcomes_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_plan_outcomes'))
    )
    op.create_table('presence_spells',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Text(), nullable=False),
    sa.Column('joined', sa.DateTime(), nullable=False),
    sa.Column('left', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_presence_spells_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_presence_spells'))
    )
    op.create_table('scaling',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('invitee_id', sa.Text(), nullable=False),
    sa.Column('child_id', sa.Text(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_scaling_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_scaling'))
    )
    op.create_table('sign_offs',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('signed_by', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('readiness_waiver', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_sign_offs_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_sign_offs'))
    )
    op.create_table('translation_units',
    sa.Column('conference_id', sa.Text(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.Text(), nullable=False),
    sa.Column('field', sa.Text(), nullable=False),
    sa.Column('language', sa.Text(), nullable=False),
    sa.Column('source_text', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('translator', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_translation_units_conference_id'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_translation_units'))
    )


def downgrade() -> None:
    op.drop_table('translation_units')
    op.drop_table('sign_offs')
    op.drop_table('scaling')
    op.drop_table('presence_spells')
    op.drop_table('plan_outcomes')
    op.drop_table('plan_actions')
    op.drop_table('plan')
    op.drop_table('participant_views')
    op.drop_table('minute_entries')
    op.drop_table('invitees')
    op.drop_table('exclusions')
    op.drop_table('drafts')
    op.drop_table('decisions')
    op.drop_table('date_overrides')
    op.drop_table('contributions')
    op.drop_table('childs_views')
    op.drop_table('children')
    op.drop_table('analysis_items')
    op.drop_table('amendments')
    op.drop_table('profile')
    op.drop_table('directory')
    with op.batch_alter_table('conferences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conferences_date'))

    op.drop_table('conferences')
    op.drop_table('app_state')

