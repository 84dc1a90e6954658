"""The profile says after how many idle minutes the window locks itself (default 5).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 16:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('profile', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lock_after_idle_minutes', sa.Integer(), nullable=False,
                                      server_default=sa.text('5')))


def downgrade() -> None:
    with op.batch_alter_table('profile', schema=None) as batch_op:
        batch_op.drop_column('lock_after_idle_minutes')
