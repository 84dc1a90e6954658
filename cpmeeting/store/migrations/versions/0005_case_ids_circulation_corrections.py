"""Case-management ids per child (for the SSD export), and circulation after the meeting.

Each child gets case_management_id, the authority's person id; rows stored before this read
as not yet typed (empty). A new table keeps who was sent which copy, when and how; the list
of conferences keeps what is still owed (the plan's and the minutes' due dates), worked out
by the rules when the archive is next opened (SUMMARIES_VERSION 2). The profile gets the
correction window (10 working days after the minutes are sent, by default), and a table keeps
the requests to correct the minutes (and family disagreements) with the chair's answers.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 16:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('children', schema=None) as batch_op:
        batch_op.add_column(sa.Column('case_management_id', sa.Text(), nullable=False,
                                      server_default=''))
    with op.batch_alter_table('conferences', schema=None) as batch_op:
        batch_op.add_column(sa.Column('plan_owed_by', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('minutes_owed_by', sa.Date(), nullable=True))
    with op.batch_alter_table('profile', schema=None) as batch_op:
        batch_op.add_column(sa.Column('timescales_correction_window_working_days', sa.Integer(),
                                      nullable=False, server_default='10'))
    op.create_table(
        'circulations',
        sa.Column('conference_id', sa.Text(), nullable=False),
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('recipient', sa.Text(), nullable=False),
        sa.Column('document', sa.Text(), nullable=False),
        sa.Column('delivery', sa.Text(), nullable=False),
        sa.Column('sent_on', sa.Date(), nullable=False),
        sa.Column('copy', sa.Text(), nullable=False),
        sa.Column('language', sa.Text(), nullable=False),
        sa.Column('address', sa.Text(), nullable=False),
        sa.Column('invitee_id', sa.Text(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'],
                                name=op.f('fk_circulations_conference_id'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_circulations')),
    )
    op.create_table(
        'correction_requests',
        sa.Column('conference_id', sa.Text(), nullable=False),
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('requested_by', sa.Text(), nullable=False),
        sa.Column('requested_on', sa.Date(), nullable=False),
        sa.Column('passage', sa.Text(), nullable=False),
        sa.Column('wording', sa.Text(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('kind', sa.Text(), nullable=False),
        sa.Column('invitee_id', sa.Text(), nullable=True),
        sa.Column('status', sa.Text(), nullable=False),
        sa.Column('decided_by', sa.Text(), nullable=False),
        sa.Column('decided_on', sa.Date(), nullable=True),
        sa.Column('decision_reason', sa.Text(), nullable=False),
        sa.Column('amended_version', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'],
                                name=op.f('fk_correction_requests_conference_id'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('conference_id', 'id', name=op.f('pk_correction_requests')),
    )


def downgrade() -> None:
    op.drop_table('correction_requests')
    op.drop_table('circulations')
    # Plain DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch copy of conferences would drop the
    # old table, and with it, by the cascade, every record of every conference.
    for table, column in (('profile', 'timescales_correction_window_working_days'),
                          ('conferences', 'minutes_owed_by'), ('conferences', 'plan_owed_by'),
                          ('children', 'case_management_id')):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
