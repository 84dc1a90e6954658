"""One module per command-line subcommand (see cpmeeting.cli)."""
