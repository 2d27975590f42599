"""The image and compose file: built and run where a Docker engine is present (not on every machine)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _engine() -> str | None:
    if shutil.which("docker") is None:
        return "no docker client on this machine"
    try:
        ok = subprocess.run(["docker", "info"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        ok = False
    return None if ok else "no Docker engine answers on this machine (`docker info` fails)"


pytestmark = pytest.mark.skipif(_engine() is not None, reason=str(_engine()))


def test_the_image_serves_the_examples_with_iris_that_dereference(tmp_path):
    tag = "newskg-test:latest"
    subprocess.run(["docker", "build", "-t", tag, str(ROOT)], check=True, timeout=3600)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://localhost:{port}/"
    volume = f"newskg-test-{port}"
    run = ["docker", "run", "--rm", "-v", f"{volume}:/data", "-e", f"KG_BASE={base}", tag]
    subprocess.run([*run, "kg", "ingest", "/app/examples"], check=True, timeout=600)
    name = f"newskg-test-{port}"
    subprocess.run(["docker", "run", "-d", "--rm", "--name", name, "-p", f"127.0.0.1:{port}:5000",
                    "-v", f"{volume}:/data", "-e", f"KG_BASE={base}", tag], check=True, timeout=120)
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                urllib.request.urlopen(base + "readyz", timeout=5).read()
                break
            except OSError:
                assert time.monotonic() < deadline, "the container did not become ready"
                time.sleep(1)
        page = urllib.request.urlopen(base + "doc/ru-scholz-macron-call", timeout=30)
        assert page.status == 200
        user = subprocess.run(["docker", "exec", name, "id", "-u"], capture_output=True, text=True)
        assert user.stdout.strip() != "0"
    finally:
        subprocess.run(["docker", "rm", "-f", name], capture_output=True)
        subprocess.run(["docker", "volume", "rm", "-f", volume], capture_output=True)
