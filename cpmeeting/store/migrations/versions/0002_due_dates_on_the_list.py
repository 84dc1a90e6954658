"""The list of conferences keeps each one's due date, so the start screen loads no conference.

The values are worked out by the rules (which know the authority's profile and the bank
holidays), not here: the archive fills them when it is next opened (store/archive.py,
_refresh_summaries_if_stale).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('conferences', schema=None) as batch_op:
        batch_op.add_column(sa.Column('due_by', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('conferences', schema=None) as batch_op:
        batch_op.drop_column('due_by')
