"""The rule registry: every rule, by code. Adding a rule means adding it here."""

from __future__ import annotations

from checker.rules.age_mismatch import AgeMismatch
from checker.rules.attribution_jurisdiction import AttributionJurisdiction
from checker.rules.base import Context, Rule, Settings
from checker.rules.breakdown_sum import BreakdownSum
from checker.rules.count_mismatch import CountMismatch
from checker.rules.count_update import CountUpdate
from checker.rules.date_mismatch import DateMismatch
from checker.rules.description_mismatch import DescriptionMismatch
from checker.rules.event_measure import EventMeasureMismatch
from checker.rules.headline_body import HeadlineBody
from checker.rules.name_variant import NameVariant
from checker.rules.office_holder import OfficeHolder
from checker.rules.ordinal_mismatch import OrdinalMismatch
from checker.rules.organisation_base import OrganisationBase
from checker.rules.place_containment import PlaceContainment
from checker.rules.place_mismatch import PlaceMismatch
from checker.rules.proper_spelling import ProperNounSpelling
from checker.rules.quote_speaker import QuoteSpeaker
from checker.rules.quote_variant import QuoteVariant
from checker.rules.residence_mismatch import ResidenceMismatch
from checker.rules.role_conflict import RoleConflict
from checker.rules.score_mismatch import ScoreMismatch
from checker.rules.share_base import ShareBase
from checker.rules.street_mismatch import StreetMismatch
from checker.rules.tally_mismatch import TallyMismatch
from checker.rules.time_mismatch import TimeMismatch
from checker.rules.title_mismatch import TitleMismatch

RULES: dict[str, type[Rule]] = {
    r.code: r
    for r in (
        CountMismatch,
        CountUpdate,
        TallyMismatch,
        ShareBase,
        EventMeasureMismatch,
        AgeMismatch,
        ScoreMismatch,
        OrdinalMismatch,
        BreakdownSum,
        DateMismatch,
        TimeMismatch,
        PlaceMismatch,
        PlaceContainment,
        OrganisationBase,
        ResidenceMismatch,
        StreetMismatch,
        AttributionJurisdiction,
        TitleMismatch,
        OfficeHolder,
        QuoteVariant,
        QuoteSpeaker,
        NameVariant,
        ProperNounSpelling,
        RoleConflict,
        HeadlineBody,
        DescriptionMismatch,
    )
}

__all__ = ["RULES", "Context", "Rule", "Settings"]
