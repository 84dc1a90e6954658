"""Marks fixed English text for translation without importing the translation layer.

The domain knows nothing of catalogs; Babel's extractor finds N_("...") here, and the layers
above translate the English text with cpmeeting.i18n when they show or print it.
"""


class Msgid(str):
    """English text marked for translation; still a plain string everywhere else.

    The mark survives being passed around, so a rule's explanation can translate a value
    such as a group title ("children's social care") along with its template.
    """

    __slots__ = ()


def N_(message: str) -> str:
    """Return the message unchanged (as a Msgid); marks it for extraction."""
    return Msgid(message)


def N_plural(singular: str, plural: str) -> tuple[Msgid, Msgid]:
    """Mark a singular/plural pair for extraction; choose the form later with ngettext."""
    return Msgid(singular), Msgid(plural)
