"""Flashpoint eval stage: measure the extractor against gold datasets.

The modules read top to bottom as the data flow::

    datasets/   gold files -> (EvalItem, GoldEvent) pairs, one adapter per format, registered in one place
    runner.py   EvalItem -> extractor -> one predicted Event per item (highest confidence), optional workers
    compare.py  (GoldEvent, Event) -> one Observation per scored field
    mappings.py Flashpoint's ACLED-style Event <-> each dataset's labels (FA-KES, GTD, UCDP, MUC-4, CASE)
    metrics.py  accuracy, F1, confusion, distances, bootstrap intervals, name matching
    scoring.py  named metrics ("event_type.accuracy", ...) over observations
    report.py   EvalReport -> Markdown and JSON
    gate.py     quality/floors.toml -> pass/fail per dataset and metric
"""
