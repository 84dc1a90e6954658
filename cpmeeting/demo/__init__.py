"""The invented demonstration conference, used by the `demo` command, the tests and the screenshots.

Not the domain: it builds a made-up family's record out of the domain's parts.
"""

from .cast import AUTHORITY, DemoPeople
from .conference import blank_demo_conference, demo_conference, demo_profile
from .translations import DEMO_TRANSLATOR, POLISH, translate_demo_copy

__all__ = ["AUTHORITY", "DEMO_TRANSLATOR", "POLISH", "DemoPeople", "blank_demo_conference",
           "demo_conference", "demo_profile", "translate_demo_copy"]
