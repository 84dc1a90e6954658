"""A case is a chain of conferences: each review links to the conference before it.

Conferences get previous_conference_id and case_id (shared along the chain). Rows stored
before this start a case of their own (both empty).

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-02 15:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('conferences', schema=None) as batch_op:
        batch_op.add_column(sa.Column('previous_conference_id', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('case_id', sa.Text(), nullable=True))


def downgrade() -> None:
    # Not in batch mode: on SQLite that copies the table, and dropping the old conferences
    # table would cascade to every record of every conference.
    op.drop_column('conferences', 'case_id')
    op.drop_column('conferences', 'previous_conference_id')
