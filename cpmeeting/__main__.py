from cpmeeting.cli import main

raise SystemExit(main())
