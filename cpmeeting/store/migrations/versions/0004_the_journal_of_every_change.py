"""The journal: every change to a conference kept as an append-only, hash-chained entry.

Existing conferences get their first entry, "the record as it stood", when the archive is
next opened (store/journal.py writes it with the code of that day, so later migrations that
add fields cannot break it); this revision asks for that through an app_state row.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 16:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('conferences', schema=None) as batch_op:
        batch_op.add_column(sa.Column('journal_seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('journal_hash', sa.Text(), nullable=True))
    op.create_table(
        'journal',
        sa.Column('conference_id', sa.Text(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('author', sa.Text(), nullable=False),
        sa.Column('role', sa.Text(), nullable=False),
        sa.Column('device', sa.Text(), nullable=False),
        sa.Column('kind', sa.Text(), nullable=False),
        sa.Column('label', sa.Text(), nullable=False),
        sa.Column('payload', sa.Text(), nullable=False),
        sa.Column('hash', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'],
                                name=op.f('fk_journal_conference_id'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('conference_id', 'seq', name=op.f('pk_journal')),
    )
    app_state = sa.table('app_state', sa.column('name', sa.Text), sa.column('value', sa.Text))
    op.execute(app_state.delete().where(app_state.c.name == 'journal_baseline'))
    op.bulk_insert(app_state, [{'name': 'journal_baseline', 'value': 'pending'}])


def downgrade() -> None:
    op.drop_table('journal')
    # Not in batch mode: on SQLite that copies the table, and dropping the old one would
    # take every record of every conference with it (ON DELETE CASCADE). SQLite has had
    # DROP COLUMN since 3.35.
    op.drop_column('conferences', 'journal_hash')
    op.drop_column('conferences', 'journal_seq')
    app_state = sa.table('app_state', sa.column('name', sa.Text))
    op.execute(app_state.delete().where(app_state.c.name == 'journal_baseline'))
