"""RDF side of the pipeline: vocabulary, IRI minting, graph building and format tables."""
