"""A case is a chain of conferences: each review links to the conference before it, and
records the progress since then and its decision about the plan.

Conferences get previous_conference_id and case_id (shared along the chain), what each child
has said since the last conference, and a transfer out (authority, date); decisions get the
last conference's categories and the reasons they changed. New tables: the progress of the
last plan's actions and outcomes, the core group meetings held, and the scaling of earlier
conferences of the case. Rows stored before this start a case of their own, with nothing
recorded.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 15:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

TABLES = ('action_progress', 'outcome_progress', 'core_group_meetings', 'scaling_history')


def upgrade() -> None:
    # Plain ALTER TABLE, not batch mode: batch mode copies the conferences table on SQLite,
    # and dropping the old one would cascade to every record of every conference.
    op.add_column('conferences', sa.Column('previous_conference_id', sa.Text(), nullable=True))
    op.add_column('conferences', sa.Column('case_id', sa.Text(), nullable=True))
    op.add_column('conferences', sa.Column('transfer_out_authority', sa.Text(), nullable=False,
                                           server_default=''))
    op.add_column('conferences', sa.Column('transfer_out_date', sa.Date(), nullable=True))
    op.add_column('conferences', sa.Column('child_said_since', sa.JSON(), nullable=False,
                                           server_default=sa.text("'{}'")))
    op.add_column('decisions', sa.Column('previous_categories', sa.JSON(), nullable=False,
                                         server_default=sa.text("'[]'")))
    op.add_column('decisions', sa.Column('category_change_reasons', sa.Text(), nullable=False,
                                         server_default=''))
    op.create_table(
        'action_progress',
        sa.Column('conference_id', sa.Text(), nullable=False),
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('action_id', sa.Text(), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('owner', sa.Text(), nullable=False),
        sa.Column('status', sa.Text(), nullable=True),
        sa.Column('evidence', sa.Text(), nullable=False),
        sa.Column('reported_by', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'],
                                name=op.f('fk_action_progress_conference_id'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_action_progress')),
    )
    op.create_table(
        'outcome_progress',
        sa.Column('conference_id', sa.Text(), nullable=False),
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('outcome_id', sa.Text(), nullable=False),
        sa.Column('what_must_change', sa.Text(), nullable=False),
        sa.Column('status', sa.Text(), nullable=True),
        sa.Column('comment', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'],
                                name=op.f('fk_outcome_progress_conference_id'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_outcome_progress')),
    )
    op.create_table(
        'core_group_meetings',
        sa.Column('conference_id', sa.Text(), nullable=False),
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('held_on', sa.Date(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'],
                                name=op.f('fk_core_group_meetings_conference_id'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_core_group_meetings')),
    )
    op.create_table(
        'scaling_history',
        sa.Column('conference_id', sa.Text(), nullable=False),
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('held_on', sa.Date(), nullable=False),
        sa.Column('child_id', sa.Text(), nullable=False),
        sa.Column('participant', sa.Text(), nullable=False),
        sa.Column('score', sa.Integer(), nullable=False),
        sa.Column('role', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'],
                                name=op.f('fk_scaling_history_conference_id'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_scaling_history')),
    )


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
    # Not in batch mode either (see upgrade).
    op.drop_column('decisions', 'category_change_reasons')
    op.drop_column('decisions', 'previous_categories')
    for column in ('child_said_since', 'transfer_out_date', 'transfer_out_authority',
                   'case_id', 'previous_conference_id'):
        op.drop_column('conferences', column)
