"""Training the event-type classifier: the project's own labelled corpus and fitting on a user's export.

``examples`` is the labelled corpus the project wrote (templates, deterministic for a seed); ``fit`` turns a
corpus into the model file ``events.classifier`` reads. The shipped model is rebuilt by
``tools/train_event_classifier.py``; ``flashpoint train`` fits one on a user's own ACLED-format CSV (the user's
data licence governs that model, and it is never written into the package).

scikit-learn is imported only when a model is fitted: coding reports never loads it.
"""

from __future__ import annotations

from flashpoint.training.fit import (
    Corpus,
    UserModel,
    acled_corpus,
    build_project_model,
    build_user_model,
    fit,
    project_corpus,
    write_user_model,
)

__all__ = [
    "Corpus",
    "UserModel",
    "acled_corpus",
    "build_project_model",
    "build_user_model",
    "fit",
    "project_corpus",
    "write_user_model",
]
