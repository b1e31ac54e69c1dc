"""Dataset adapters, registered in one place.

Every adapter has the signature ``load_<name>(path: Path, *, limit: int | None) -> Iterator[tuple[EvalItem,
GoldEvent]]`` and accepts a file or a folder of files. :data:`DATASETS` says, for each dataset, which
metrics it is scored on, which fields head its report (worst errors, per-country table), and where its gold
file sits under ``../shared/eval`` (the gate's default).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Protocol

from flashpoint.errors import EvalError
from flashpoint.eval.datasets.acled import load_acled, load_acled_places
from flashpoint.eval.datasets.case import load_case
from flashpoint.eval.datasets.fakes import load_fakes
from flashpoint.eval.datasets.gtd import load_gtd
from flashpoint.eval.datasets.muc4 import load_muc4
from flashpoint.eval.datasets.ucdp import load_ucdp, load_ucdp_places
from flashpoint.eval.model import EvalItem, GoldEvent


class Loader(Protocol):
    def __call__(self, path: Path, *, limit: int | None) -> Iterator[tuple[EvalItem, GoldEvent]]: ...


class DatasetName(StrEnum):
    ACLED = "acled"
    ACLED_PLACES = "acled-places"
    UCDP = "ucdp"
    UCDP_PLACES = "ucdp-places"
    FAKES = "fakes"
    GTD = "gtd"
    CASE = "case"
    MUC4 = "muc4"


@dataclass(frozen=True, slots=True, kw_only=True)
class DatasetSpec:
    name: DatasetName
    load: Loader
    metrics: tuple[str, ...]  # names in flashpoint.eval.scoring.METRICS, report order
    headline_fields: tuple[str, ...]  # fields with a worst-errors list and a column in the per-country table
    confusion_fields: tuple[str, ...] = ()
    by_country: bool = False  # break every figure down by the items' country
    default_gold: str | None = None  # relative to ../shared/eval; None: no copy is shared
    description: str = ""


_LOCATION = (
    "location.within_10km",
    "location.within_25km",
    "location.within_50km",
    "location.median_km",
    "location.precision1_within_10km",
)
_FATALITIES = ("fatalities.exact", "fatalities.exact_gold_positive", "fatalities.within_20pct")
_DATES = ("event_date.exact", "event_date.within_1day")

DATASETS: MappingProxyType[DatasetName, DatasetSpec] = MappingProxyType(
    {
        DatasetName.ACLED: DatasetSpec(
            name=DatasetName.ACLED,
            load=load_acled,
            metrics=(
                "event_type.accuracy",
                "sub_event_type.accuracy",
                "sub_event_type.f1_weighted",
                "sub_event_type.f1_macro",
                "actor1.name_match",
                "actor1.class_accuracy",
                "actor2.name_match",
                "actor2.class_accuracy",
                *_LOCATION,
                "admin1.accuracy",
                "country.accuracy",
                *_DATES,
                *_FATALITIES,
            ),
            headline_fields=(
                "event_type",
                "sub_event_type",
                "actor1",
                "location",
                "event_date",
                "fatalities",
            ),
            confusion_fields=("event_type", "sub_event_type"),
            by_country=True,
            default_gold="acled/acled_2020-05.csv",
            description="ACLED notes -> events (current and old schema); event date as publication hint",
        ),
        DatasetName.ACLED_PLACES: DatasetSpec(
            name=DatasetName.ACLED_PLACES,
            load=load_acled_places,
            metrics=(*_LOCATION, "admin1.accuracy", "country.accuracy"),
            headline_fields=("location", "admin1"),
            by_country=True,
            default_gold="acled/acled_2020-05.csv",
            description="ACLED location column geocoded in the context of its notes (issue #4's measure)",
        ),
        DatasetName.UCDP: DatasetSpec(
            name=DatasetName.UCDP,
            load=load_ucdp,
            metrics=(
                *_DATES,
                *_LOCATION,
                "admin1.accuracy",
                "country.accuracy",
                "side_a.match",
                "side_b.match",
                "violence_type.accuracy",
                *_FATALITIES,
                "civilian_deaths.exact",
            ),
            headline_fields=("event_date", "location", "side_a", "violence_type", "fatalities"),
            confusion_fields=("violence_type",),
            default_gold="ucdp-ged/ucdp_ged191_syria.csv",
            description="UCDP GED headlines -> event (date, place, sides, deaths); source_date as hint",
        ),
        DatasetName.UCDP_PLACES: DatasetSpec(
            name=DatasetName.UCDP_PLACES,
            load=load_ucdp_places,
            metrics=(*_LOCATION, "admin1.accuracy", "country.accuracy"),
            headline_fields=("location", "admin1"),
            default_gold="ucdp-ged/ucdp_ged191_syria.csv",
            description="UCDP GED where_coordinates names geocoded in the context of their headlines",
        ),
        DatasetName.FAKES: DatasetSpec(
            name=DatasetName.FAKES,
            load=load_fakes,
            metrics=(
                "governorate.accuracy",
                "cause_class.accuracy",
                "actor_class.accuracy",
                "civilian_deaths.exact",
                "civilian_deaths.exact_gold_positive",
                "civilian_deaths.within_20pct",
                *_DATES,
            ),
            headline_fields=("governorate", "cause_class", "actor_class", "civilian_deaths", "event_date"),
            confusion_fields=("governorate", "cause_class", "actor_class"),
            default_gold="fakes/fakes.csv",
            description="FA-KES articles -> main event; no publication date, dates come from the text",
        ),
        DatasetName.GTD: DatasetSpec(
            name=DatasetName.GTD,
            load=load_gtd,
            metrics=(
                "attack_type.accuracy",
                "attack_type.f1_weighted",
                "perpetrator.match",
                "admin1.accuracy",
                "country.accuracy",
                *_DATES,
                *_FATALITIES,
                "injuries.exact",
                "injuries.exact_gold_positive",
            ),
            headline_fields=("attack_type", "perpetrator", "admin1", "fatalities", "injuries"),
            confusion_fields=("attack_type",),
            by_country=True,
            default_gold="gtd/gtd_2016-2018.csv",
            description="GTD summaries -> attack type, perpetrator, place, killed, wounded",
        ),
        DatasetName.CASE: DatasetSpec(
            name=DatasetName.CASE,
            load=load_case,
            metrics=(
                "sub_event_type.f1_weighted",
                "sub_event_type.f1_macro",
                "sub_event_type.accuracy",
                "event_type.accuracy",
            ),
            headline_fields=("sub_event_type",),
            confusion_fields=("sub_event_type",),
            description="CASE 2021 Task 2 snippets -> ACLED sub-event type (weighted F1)",
        ),
        DatasetName.MUC4: DatasetSpec(
            name=DatasetName.MUC4,
            load=load_muc4,
            metrics=(
                "incident_type.accuracy",
                "incident_type.f1_weighted",
                "perpetrators.match",
                "targets.match",
            ),
            headline_fields=("incident_type", "perpetrators", "targets"),
            confusion_fields=("incident_type",),
            default_gold="muc4/dev.json",
            description="MUC-4 documents -> incident type and role fillers",
        ),
    }
)


def dataset_spec(name: str) -> DatasetSpec:
    """The spec of a dataset by name; an unknown name fails listing the known ones."""
    try:
        return DATASETS[DatasetName(name.strip().casefold())]
    except ValueError:
        known = ", ".join(n.value for n in DatasetName)
        raise EvalError(f"unknown dataset {name!r}; choose one of {known}", code="E504") from None


def load_dataset(name: str, path: Path, *, limit: int | None = None) -> Iterator[tuple[EvalItem, GoldEvent]]:
    """Dispatch to the dataset's adapter."""
    return dataset_spec(name).load(path, limit=limit)


__all__ = [
    "DATASETS",
    "DatasetName",
    "DatasetSpec",
    "Loader",
    "dataset_spec",
    "load_acled",
    "load_case",
    "load_dataset",
    "load_fakes",
    "load_gtd",
    "load_muc4",
    "load_ucdp",
]
