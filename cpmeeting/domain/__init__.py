"""The conference, its people, stages and rules: pure Python, no I/O, no Qt, no database."""
