"""newskg: news articles in, a validated linked-data knowledge graph out.

Public API in pipeline order: Settings, extract, build_graph, validate, open_store, ingest.
"""

import os
from importlib.metadata import PackageNotFoundError, version

# OpenBLAS (under numpy, which the NLP models use) otherwise runs a thread per core that spins while
# it waits: on a 2-core machine that made the analysis ~9x more CPU-hungry per article
# (docs/performance.md). It must be set before numpy loads; a value set by the user wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

try:
    __version__ = version("newskg")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
