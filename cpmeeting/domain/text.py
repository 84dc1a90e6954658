"""Marks fixed English text for translation without importing the translation layer.

The domain knows nothing of catalogs; Babel's extractor finds N_("...") here, and the layers
above translate the English text with cpmeeting.i18n when they show or print it.
"""


def N_(message: str) -> str:
    """Return the message unchanged; marks it for extraction."""
    return message
