"""Models of the monitoring module: regions, sources, observations, indicators."""

from .indicators import Indicator, IndicatorValue, Theme
from .key_changes import RegionKeyChange
from .mappings import LabelMapping
from .observations import ImportRun, Observation, PreviousValue, SpecialValueChoices, Variable
from .regions import Region
from .sources import Source

__all__ = [
    "ImportRun",
    "Indicator",
    "IndicatorValue",
    "LabelMapping",
    "Observation",
    "PreviousValue",
    "Region",
    "RegionKeyChange",
    "Source",
    "SpecialValueChoices",
    "Theme",
    "Variable",
]
