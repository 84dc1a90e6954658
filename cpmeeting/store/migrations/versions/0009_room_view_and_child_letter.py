"""The room view and the child's letter: when the chair announced each decision to the room,
and the profile's own wording for the room's stage names and the letter to a child.

Rows stored before this read as never announced, the standard stage words and the standard
letter: null, an empty mapping and an empty text.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 16:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('announced_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('profile', schema=None) as batch_op:
        batch_op.add_column(sa.Column('room_stage_words', sa.JSON(), nullable=False,
                                      server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('child_letter_wording', sa.Text(), nullable=False,
                                      server_default=sa.text("''")))


def downgrade() -> None:
    with op.batch_alter_table('profile', schema=None) as batch_op:
        batch_op.drop_column('child_letter_wording')
        batch_op.drop_column('room_stage_words')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_column('announced_at')
