"""``python -m pressparse`` runs the command line."""

import sys

from pressparse.cli import main

sys.exit(main())
