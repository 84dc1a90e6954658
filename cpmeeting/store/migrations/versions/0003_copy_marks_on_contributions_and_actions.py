"""Agency contributions and plan actions can be kept out of family copies, like minute entries.

Each gets not_for (the invitees who must not see it) and third_party_confidential. Rows stored
before this read as for everyone: an empty list and false.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 16:20:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

TABLES = ('contributions', 'plan_actions')


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('not_for', sa.JSON(), nullable=False,
                                          server_default=sa.text("'[]'")))
            batch_op.add_column(sa.Column('third_party_confidential', sa.Boolean(),
                                          nullable=False, server_default=sa.false()))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('third_party_confidential')
            batch_op.drop_column('not_for')
