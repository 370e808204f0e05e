import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
SEEDS = ROOT / "seeds"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def seed_pages():
    return sorted(SEEDS.glob("*.txt"))


def need_browser():
    """Skip browser tests where Chromium is missing, unless CI demands them."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail("REQUIRE_BROWSER is set but /usr/bin/chromium is missing (apt-get install chromium)")
        pytest.skip("Debian chromium not installed (apt-get install chromium)")
