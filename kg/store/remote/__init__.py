"""Stores in another process, reached through the SPARQL 1.1 Protocol and Graph Store Protocol."""
