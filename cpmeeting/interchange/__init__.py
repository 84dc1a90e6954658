"""The interchange format: a whole conference record as versioned JSON, with its JSON Schema."""

from .codec import FormatError
from .document import InterchangeFile, from_json, read_file, to_json, write_file

__all__ = ["FormatError", "InterchangeFile", "from_json", "read_file", "to_json", "write_file"]
