"""newskg: news articles in, a validated linked-data knowledge graph out.

Public API in pipeline order: Settings, extract, build_graph, validate, open_store, ingest.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newskg")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
