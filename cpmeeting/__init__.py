"""cpmeeting: guides a child protection conference and produces its record."""

__version__ = "0.1.0"
