"""``python -m generator`` behaves exactly like the ``datelines`` script."""

import sys

from generator.cli import main

sys.exit(main())
