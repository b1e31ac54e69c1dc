"""Labelled synthetic conflict reports: the benchmark feed and the event-type classifier's training corpus.

``generate_reports(n, seed=...)`` writes short fictional reports about invented incidents in real places, with
the labels an ACLED coder would give the *main* event of each report. Everything is composed from slot
lexicons (actors per country with neutral and partisan names, towns with their admin1, time expressions,
quantifiers, claimants, victims, verbs and nouns per event type) so the surface forms number in the many
thousands.

Labelling conventions (the same as ``examples/EXPECTED.md``):

- ``fatalities`` is ACLED's most conservative figure: the lowest figure any source gives for the event, with
  an explicit denial counting as 0; "dozens" is 12 and "several" is 3 (ACLED's conventions); "at least N",
  "more than N", "about N" and "between N and M" all count as N.
- The main event is the lead's event. Supporting fire inside a battle ("clashes accompanied by shelling")
  stays a battle; an advance that retakes a town stays territorial; a car bomb driven by a suicide attacker is
  a suicide bomb.
- Actors use ACLED-style names. Violence against civilians has ``Civilians (<country>)`` as actor2; protests
  have ``Protesters (<country>)`` as actor1 and the intervening force as actor2, except "Excessive force
  against protesters", where the force that used lethal force is actor1 and the protesters actor2; riots have
  ``Rioters (<country>)`` as actor1. An unattributed attack is by ``Unidentified Armed Group (<country>)``.
- Troop reinforcements, curfews and new alliances are "Change to group/activity" (as in ACLED's data);
  displacement and prisoner releases are "Other".

Nothing here does I/O; the generator is deterministic for a given seed and makes ~10,000 reports a second.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from flashpoint.events.ontology import SubEventType, event_type_of

_S = SubEventType


@dataclass(frozen=True, slots=True, kw_only=True)
class SyntheticReport:
    """One generated report and the gold coding of its main event.

    ``text`` starts with a headline line (most of the time), as a plain-text file does. ``event_date``,
    ``admin1`` and ``geo_precision`` (1 town, 2 near a town, 3 region) are extra gold beyond the core labels.
    """

    id: str
    text: str
    published: date
    outlet: str
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str | None
    location: str
    country: str
    fatalities: int
    injuries: int
    event_date: date
    admin1: str
    geo_precision: int


def generate_reports(n: int, *, seed: int = 0) -> Iterator[SyntheticReport]:
    """Yield ``n`` labelled reports; the same ``n`` and ``seed`` always give the same reports."""
    rng = random.Random(seed)
    for index in range(n):
        yield _build_report(rng, f"syn-{seed}-{index:06d}")


# ----------------------------------------------------------------------------------------------------------
# Lexicon records
# ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Actor:
    name: str  # ACLED-style canonical name: the label
    forms: tuple[str, ...]  # neutral surface forms
    hostile: tuple[str, ...] = ()  # what its adversaries' outlets call it
    member: tuple[str, str] = ("fighter", "fighters")
    areas: tuple[str, ...] = ()  # admin1 names where it operates; empty means anywhere in the country
    air: tuple[str, ...] = ()  # its aircraft or drones as named in reports
    state: bool = False  # state forces or their formal allies (for "Government regains territory")


def _actor(
    name: str,
    forms: str,
    *,
    hostile: str = "",
    member: str = "fighter/fighters",
    areas: str = "",
    air: str = "",
    state: bool = False,
) -> _Actor:
    singular, plural = member.split("/")
    return _Actor(
        name=name,
        forms=_split(forms),
        hostile=_split(hostile),
        member=(singular, plural),
        areas=_split(areas),
        air=_split(air),
        state=state,
    )


def _split(spec: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in spec.split("|") if part.strip())


@dataclass(frozen=True, slots=True)
class _Town:
    name: str
    admin1: str


@dataclass(frozen=True, slots=True)
class _Country:
    name: str  # ACLED country name: the label
    adjective: str
    admin_word: str  # "province", "state", ... ; "" when the admin1 name stands alone ("the West Bank")
    datelines: tuple[str, ...]
    towns: tuple[_Town, ...]
    state: _Actor
    police: _Actor
    groups: tuple[_Actor, ...]  # non-state armed groups
    ground: tuple[tuple[_Actor, _Actor], ...]  # pairs that fight on the ground
    air: tuple[tuple[_Actor, tuple[_Actor, ...]], ...]  # air/drone attackers and their targets
    fire: tuple[
        tuple[_Actor, tuple[_Actor, ...]], ...
    ]  # artillery/rocket/missile attackers and their targets
    bombers: tuple[_Actor, ...] = ()  # groups that use suicide bombers
    chemical: tuple[_Actor, ...] = ()  # actors accused of chemical attacks
    claimants: tuple[str, ...] = ()
    causes: tuple[str, ...] = ()
    background: tuple[str, ...] = ()
    admin_overrides: tuple[tuple[str, str], ...] = ()  # admin1 -> its own word ("Kachin" -> "State")

    @property
    def civilians(self) -> _Actor:
        return _CIVILIANS[self.name]

    @property
    def unidentified(self) -> _Actor:
        return _UNIDENTIFIED[self.name]


def _towns(spec: str) -> tuple[_Town, ...]:
    pairs = (item.split(":") for item in _split(spec))
    return tuple(_Town(name=name, admin1=admin1) for name, admin1 in pairs)


class _Style(StrEnum):
    WIRE = "wire"
    LOCAL = "local"
    STATE = "state"  # a pro-government outlet: non-state groups get hostile names
    OPPOSITION = "opposition"  # an opposition outlet or monitor: the state gets hostile names
    NGO = "ngo"
    BLOG = "blog"


# ----------------------------------------------------------------------------------------------------------
# Shared lexicons
# ----------------------------------------------------------------------------------------------------------

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty",
)  # fmt: skip
_DIRECTIONS = ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
_REGION_DIRECTIONS = ("northern", "southern", "eastern", "western", "central", "northeastern", "southwestern")

_CIVILIAN_NOUNS = (
    ("civilian", "civilians"), ("person", "people"), ("resident", "residents"), ("villager", "villagers"),
    ("civilian", "civilians"), ("person", "people"),
)  # fmt: skip
_TRAVELLER_NOUNS = (("passenger", "passengers"), ("traveller", "travellers"), ("driver", "drivers"))
_PROTESTER_NOUNS = (("protester", "protesters"), ("demonstrator", "demonstrators"))

_GENERIC_CLAIMANTS = (
    "local sources", "medical sources", "a local official", "witnesses", "residents", "hospital officials",
    "a security source", "the local health department", "rescue workers", "activists", "a military spokesman",
    "the interior ministry", "the defence ministry", "a local government official", "the United Nations",
    "a humanitarian organisation working in the area", "a community leader", "police",
)  # fmt: skip

_OUTLETS: dict[_Style, tuple[str, ...]] = {
    _Style.WIRE: ("Meridian Wire", "Crossline News Agency", "Atlas Press Service", "Global Desk Wire"),
    _Style.LOCAL: ("The Regional Courier", "Frontier Daily", "Valley Tribune", "The Morning Observer"),
    _Style.STATE: ("{adj} State Herald", "{adj} National Broadcaster", "Voice of the {adj} Homeland"),
    _Style.OPPOSITION: ("Free {adj} Voice", "{adj} Rights Monitor", "The {adj} Opposition Post"),
    _Style.NGO: ("Civilian Protection Bulletin", "Humanitarian Situation Update", "Field Monitoring Brief"),
    _Style.BLOG: ("Frontline Analysis", "Conflict Watch Blog", "The Situation Room Blog"),
}

_GENERIC_BACKGROUND = (
    "{Admin} has seen repeated fighting in recent years.",
    "Aid agencies say tens of thousands of people remain displaced across the region.",
    "The conflict has killed thousands of people and displaced many more since it began.",
    "Humanitarian groups have repeatedly called on all sides to protect civilians.",
    "Security in the area has deteriorated steadily since the start of the year.",
    "Roads in the area are frequently targeted, and many traders have stopped travelling at night.",
    "Analysts say armed groups have long exploited the weak presence of the state in the area.",
    "The United Nations has warned that food insecurity in the region is worsening.",
    "Incidents of this kind are rarely investigated, according to rights groups.",
    "Schools in several districts of {admin} have been closed for months because of insecurity.",
    "Mobile phone coverage in the area is poor, which often delays reports of violence.",
)  # fmt: skip
_VERIFY = (
    "It was not possible to verify the figures independently.",
    "The reports could not be independently verified.",
    "{outlet} could not independently confirm the account.",
    "Independent verification was not possible because of restrictions on access to the area.",
)  # fmt: skip
_NO_CASUALTIES = (
    "No casualties were reported.",
    "There were no immediate reports of casualties.",
    "Neither deaths nor injuries were reported.",
    "No one was hurt, according to local sources.",
)  # fmt: skip
_VIOLENT_QUOTES = (
    '"We heard the first blast and then people were running in every direction," one resident said.',
    '"Nobody expected it. The area had been quiet for weeks," a shopkeeper told {outlet}.',
    '"We need protection, not more promises," a local elder said.',
    '"The hospital is full and we are running out of supplies," a nurse said.',
)  # fmt: skip
_PROTEST_QUOTES = (
    '"We will keep coming back until someone listens to us," one of the organisers said.',
    '"Our children cannot live like this," a woman at the gathering said.',
    '"This is our right and we will use it peacefully," a student said.',
)  # fmt: skip
_GENERIC_CAUSES = (
    "rising fuel prices", "repeated power cuts", "unpaid salaries", "insecurity on the main roads",
    "the detention of a local leader", "water shortages", "the high cost of bread", "corruption in local "
                                                                                    "government",
    "the killing of a local activist", "delays in paying pensions", "plans to close a local hospital",
)  # fmt: skip
_BLOG_BOILERPLATE = (
    "Please share this article with your friends and followers.",
    "Support independent reporting: donate to keep this blog online.",
    "Disclaimer: the views expressed here are those of the author alone.",
    "Subscribe to our newsletter for daily updates.",
)  # fmt: skip


# ----------------------------------------------------------------------------------------------------------
# Countries (real places and actors; every incident generated from them is invented)
# ----------------------------------------------------------------------------------------------------------

_COUNTRY_NAMES = (
    "Syria", "Iraq", "Yemen", "Ukraine", "Mali", "Burkina Faso", "Nigeria", "Somalia", "Sudan",
    "Democratic Republic of Congo", "Myanmar", "Mexico", "Afghanistan", "Libya", "Palestine", "Israel",
    "Colombia", "Ethiopia", "Pakistan", "Cameroon", "Mozambique",
)  # fmt: skip

_CIVILIANS: dict[str, _Actor] = {
    name: _actor(f"Civilians ({name})", "civilians|residents|villagers", member="civilian/civilians")
    for name in _COUNTRY_NAMES
}
_UNIDENTIFIED: dict[str, _Actor] = {
    name: _actor(
        f"Unidentified Armed Group ({name})",
        "unidentified gunmen|gunmen|unknown assailants|armed men|masked gunmen|men on motorbikes",
        member="gunman/gunmen",
    )
    for name in _COUNTRY_NAMES
}


def _syria() -> _Country:
    state = _actor(
        "Military Forces of Syria (2000-)",
        "Syrian government forces|the Syrian army|Syrian troops|government forces|the Syrian Arab Army",
        hostile="regime forces|Assad regime forces|regime militias",
        member="soldier/soldiers",
        air="Syrian government warplanes|Syrian army helicopters|Syrian air force jets|government aircraft",
        state=True,
    )
    police = _actor(
        "Police Forces of Syria (2000-)",
        "Syrian police|police|security forces",
        member="police officer/police officers",
        state=True,
    )
    hts = _actor(
        "HTS: Hayat Tahrir al Sham",
        "Hayat Tahrir al-Sham|HTS|HTS fighters|the HTS alliance",
        hostile="al-Qaeda-linked terrorists|terrorist groups|Nusra Front terrorists",
        areas="Idlib|Aleppo|Hama|Latakia",
    )
    isis = _actor(
        "Islamic State (Syria)",
        "Islamic State militants|ISIS fighters|IS militants|Islamic State cells",
        hostile="ISIS terrorists|Daesh terrorists|terrorist cells",
        member="militant/militants",
        areas="Deir ez-Zor|Homs|Raqqa|Hasakah",
    )
    sdf = _actor(
        "QSD: Syrian Democratic Forces",
        "the Syrian Democratic Forces|the SDF|Kurdish-led SDF fighters|the US-backed SDF",
        hostile="SDF militias|separatist militias",
        areas="Hasakah|Raqqa|Deir ez-Zor|Aleppo",
    )
    sna = _actor(
        "JWS: Syrian National Army",
        "the Turkish-backed Syrian National Army|SNA factions|Turkish-backed fighters|the SNA",
        hostile="Turkish-backed mercenaries|Turkey's mercenaries",
        areas="Aleppo|Raqqa|Hasakah",
    )
    russia = _actor(
        "Military Forces of Russia (2000-)",
        "Russian forces|Russian troops",
        member="soldier/soldiers",
        air="Russian warplanes|Russian jets|Russian aircraft",
        areas="Idlib|Aleppo|Hama|Latakia",
        state=True,
    )
    turkey = _actor(
        "Military Forces of Turkey (2016-)",
        "Turkish forces|the Turkish army|Turkish troops",
        member="soldier/soldiers",
        air="a Turkish drone|Turkish drones|Turkish warplanes",
        areas="Aleppo|Raqqa|Hasakah|Idlib",
    )
    israel = _actor(
        "Military Forces of Israel (2022-)",
        "Israeli forces|the Israeli military",
        member="soldier/soldiers",
        air="Israeli warplanes|Israeli jets|Israeli aircraft",
        areas="Rif Dimashq|Homs|Hama|Daraa",
    )
    usa = _actor(
        "Military Forces of the United States (2021-)",
        "US forces|US troops|the US-led coalition",
        member="soldier/soldiers",
        air="a US drone|US-led coalition aircraft|a US military drone",
        areas="Deir ez-Zor|Hasakah|Idlib",
    )
    civ = _CIVILIANS["Syria"]
    return _Country(
        name="Syria",
        adjective="Syrian",
        admin_word="province",
        datelines=("BEIRUT", "DAMASCUS", "AMMAN"),
        towns=_towns(
            "Ariha:Idlib|Saraqib:Idlib|Kafr Nabl:Idlib|Jisr al-Shughur:Idlib|Sarmada:Idlib|"
            "Khan Shaykhun:Idlib|"
            "Binnish:Idlib|Atarib:Aleppo|Afrin:Aleppo|Azaz:Aleppo|al-Bab:Aleppo|Manbij:Aleppo|Tabqa:Raqqa|"
            "Raqqa:Raqqa|Tell Abyad:Raqqa|Mayadin:Deir ez-Zor|Abu Kamal:Deir ez-Zor|Hajin:Deir ez-Zor|"
            "Palmyra:Homs|al-Sukhna:Homs|Qamishli:Hasakah|Ras al-Ain:Hasakah|Kafr Zita:Hama|"
            "Douma:Rif Dimashq|"
            "Nawa:Daraa|Jasim:Daraa|Jableh:Latakia"
        ),
        state=state,
        police=police,
        groups=(hts, isis, sdf, sna),
        ground=((state, hts), (state, isis), (sna, sdf), (sdf, isis), (turkey, sdf), (hts, sna)),
        air=(
            (state, (hts, civ)),
            (russia, (hts, civ)),
            (turkey, (sdf, civ)),
            (israel, (state,)),
            (usa, (isis, hts)),
        ),
        fire=(
            (state, (hts, civ)),
            (hts, (state, civ)),
            (turkey, (sdf, civ)),
            (sdf, (sna, civ)),
            (sna, (sdf, civ)),
        ),
        bombers=(isis, hts),
        chemical=(state, isis),
        claimants=(
            "the Syrian Observatory for Human Rights",
            "the UK-based Syrian Observatory for Human Rights",
            "state news agency SANA",
            "the Syrian defence ministry",
            "the White Helmets civil defence group",
            "opposition activists",
            "pro-government sources",
            "pro-opposition sources",
        ),
        causes=(
            "the deteriorating living conditions",
            "forced conscription",
            "the arrest of young men at checkpoints",
        ),
        background=(
            "A ceasefire brokered by Russia and Turkey in 2020 has been violated repeatedly since it was "
            "signed.",
            "Millions of displaced people live in camps along the Turkish border.",
            "The M4 highway, which links Aleppo to Latakia, has been a frequent frontline.",
        ),
    )


def _iraq() -> _Country:
    state = _actor(
        "Military Forces of Iraq (2022-)",
        "Iraqi forces|the Iraqi army|Iraqi troops|security forces",
        member="soldier/soldiers",
        air="Iraqi F-16 jets|Iraqi air force jets|Iraqi army helicopters",
        state=True,
    )
    pmf = _actor(
        "Military Forces of Iraq (2022-) Popular Mobilization Forces",
        "the Popular Mobilization Forces|the PMF|Hashd al-Shaabi fighters",
        areas="Diyala|Salah ad Din|Kirkuk|Anbar|Nineveh",
        state=True,
    )
    police = _actor(
        "Police Forces of Iraq (2022-)",
        "Iraqi police|police|the federal police|security forces",
        member="police officer/police officers",
        state=True,
    )
    isis = _actor(
        "Islamic State (Iraq)",
        "Islamic State militants|IS militants|ISIS remnants|Islamic State cells",
        hostile="Daesh terrorists|terrorist remnants|Daesh cells",
        member="militant/militants",
        areas="Diyala|Salah ad Din|Kirkuk|Anbar|Nineveh",
    )
    pkk = _actor(
        "PKK: Kurdistan Workers Party",
        "the Kurdistan Workers' Party|the PKK|PKK militants",
        hostile="PKK terrorists",
        areas="Erbil|Dohuk|Nineveh|Sulaymaniyah",
        member="militant/militants",
    )
    turkey = _actor(
        "Military Forces of Turkey (2016-)",
        "Turkish forces|the Turkish army|Turkish troops",
        member="soldier/soldiers",
        air="Turkish warplanes|a Turkish drone|Turkish drones",
        areas="Erbil|Dohuk|Nineveh|Sulaymaniyah",
    )
    kh = _actor(
        "Kataib Hezbollah",
        "Kataib Hezbollah|Kataib Hezbollah fighters|an Iran-backed militia",
        areas="Baghdad|Anbar|Erbil|Babil",
    )
    usa = _actor(
        "Military Forces of the United States (2021-)",
        "US forces|US troops|the US-led coalition",
        member="soldier/soldiers",
        air="a US drone|US aircraft|US warplanes",
        areas="Baghdad|Anbar|Babil",
    )
    civ = _CIVILIANS["Iraq"]
    return _Country(
        name="Iraq",
        adjective="Iraqi",
        admin_word="province",
        datelines=("BAGHDAD", "ERBIL"),
        towns=_towns(
            "Mosul:Nineveh|Sinjar:Nineveh|Tal Afar:Nineveh|Kirkuk:Kirkuk|Hawija:Kirkuk|Tikrit:Salah ad Din|"
            "Samarra:Salah ad Din|Baiji:Salah ad Din|Tuz Khurmatu:Salah ad Din|Baqubah:Diyala|"
            "Khanaqin:Diyala|"
            "Muqdadiyah:Diyala|Fallujah:Anbar|Ramadi:Anbar|Haditha:Anbar|Rawa:Anbar|Erbil:Erbil|"
            "Baghdad:Baghdad|"
            "Nasiriyah:Dhi Qar|Basra:Basra|Karbala:Karbala|Zakho:Dohuk|Amadiya:Dohuk|Jurf al-Sakhar:Babil|"
            "Penjwen:Sulaymaniyah"
        ),
        state=state,
        police=police,
        groups=(isis, pkk, kh),
        ground=((state, isis), (pmf, isis), (turkey, pkk), (police, isis)),
        air=((state, (isis,)), (turkey, (pkk, civ)), (usa, (kh,))),
        fire=((turkey, (pkk, civ)), (kh, (usa, civ)), (isis, (state, civ))),
        bombers=(isis,),
        chemical=(isis,),
        claimants=(
            "the Security Media Cell",
            "the Joint Operations Command",
            "the Iraqi interior ministry",
            "a Kurdistan Region security official",
            "an official of the Popular Mobilization Forces",
            "the Kurdistan Region's counter-terrorism service",
        ),
        causes=("power cuts during the summer heat", "a lack of jobs for graduates", "the election results"),
        background=(
            "Iraq declared victory over the Islamic State group in late 2017, but cells remain active in "
            "rural areas.",
            "Turkey has conducted a long-running campaign against the PKK in the mountains of northern Iraq.",
        ),
    )


def _yemen() -> _Country:
    houthi = _actor(
        "Military Forces of Yemen (2016-) Supreme Political Council",
        "Houthi forces|the Houthis|Houthi fighters|Ansar Allah forces",
        hostile="the Iran-backed Houthi militia|Houthi militias",
        member="fighter/fighters",
        air="Houthi drones|a Houthi drone",
        state=True,
    )
    govt = _actor(
        "Military Forces of Yemen (2012-)",
        "government forces|Yemeni government troops|pro-government forces|the Yemeni army",
        hostile="mercenaries of the aggression|coalition mercenaries",
        member="soldier/soldiers",
        state=True,
    )
    police = _actor(
        "Police Forces of Yemen (2012-)",
        "police|security forces|the security belt forces",
        member="police officer/police officers",
        state=True,
    )
    aqap = _actor(
        "AQAP: Al Qaeda in the Arabian Peninsula",
        "al-Qaeda in the Arabian Peninsula|AQAP|AQAP militants",
        hostile="al-Qaeda terrorists",
        member="militant/militants",
        areas="Abyan|Shabwah|Al Bayda",
    )
    stc = _actor(
        "STC: Southern Transitional Council",
        "Southern Transitional Council forces|STC fighters|the STC",
        areas="Aden|Abyan|Shabwah",
    )
    coalition = _actor(
        "Operation Restoring Hope",
        "the Saudi-led coalition|coalition forces",
        hostile="the aggression coalition|the US-Saudi aggression",
        air="Saudi-led coalition warplanes|coalition jets|coalition aircraft",
        state=True,
    )
    civ = _CIVILIANS["Yemen"]
    return _Country(
        name="Yemen",
        adjective="Yemeni",
        admin_word="governorate",
        datelines=("ADEN", "SANAA"),
        towns=_towns(
            "Marib:Marib|Sirwah:Marib|Taiz:Taiz|Mocha:Taiz|Hays:Al Hudaydah|Al Hudaydah:Al Hudaydah|"
            "Khokha:Al Hudaydah|Aden:Aden|Sanaa:Amanat al Asimah|Saada:Saada|Harad:Hajjah|Al Bayda:Al Bayda|"
            "Ataq:Shabwah|Zinjibar:Abyan|Lawdar:Abyan|Dhale:Ad Dali|Al Hazm:Al Jawf|Mukalla:Hadramawt"
        ),
        state=govt,
        police=police,
        groups=(houthi, aqap, stc),
        ground=((houthi, govt), (govt, houthi), (stc, aqap), (govt, aqap), (stc, govt)),
        air=((coalition, (houthi, civ)), (houthi, (govt, civ))),
        fire=((houthi, (govt, civ)), (govt, (houthi,))),
        bombers=(aqap,),
        claimants=(
            "the Houthi-run Saba news agency",
            "the government-run Saba news agency",
            "a military source in Marib",
            "the Yemen Data Project",
            "Houthi-run Al-Masirah TV",
            "a medical source in Taiz",
        ),
        causes=("the collapse of the rial", "unpaid public salaries", "fuel shortages"),
        background=(
            "A UN-brokered truce in 2022 brought a lull in fighting that both sides accuse each other of "
            "breaking.",
            "Yemen's war has created one of the world's worst humanitarian crises, according to the UN.",
        ),
    )


def _ukraine() -> _Country:
    ukr = _actor(
        "Military Forces of Ukraine (2019-)",
        "Ukrainian forces|the Ukrainian army|Ukrainian troops|the Armed Forces of Ukraine",
        hostile="Ukrainian militants|Kyiv's forces|Ukrainian nationalist formations|the Kyiv regime's troops",
        member="soldier/soldiers",
        air="Ukrainian drones|a Ukrainian drone|Ukrainian attack drones",
        state=True,
    )
    rus = _actor(
        "Military Forces of Russia (2000-)",
        "Russian forces|the Russian army|Russian troops|Moscow's forces",
        hostile="the occupiers|Russian occupation forces|the invaders",
        member="soldier/soldiers",
        air="Russian drones|Shahed drones launched by Russia|Russian warplanes|a Russian guided aerial bomb",
        state=True,
    )
    police = _actor(
        "Police Forces of Ukraine (2019-)",
        "Ukrainian police|the National Police|police",
        member="police officer/police officers",
        state=True,
    )
    civ = _CIVILIANS["Ukraine"]
    return _Country(
        name="Ukraine",
        adjective="Ukrainian",
        admin_word="region",
        datelines=("KYIV", "KHARKIV"),
        towns=_towns(
            "Kherson:Kherson|Bakhmut:Donetsk|Avdiivka:Donetsk|Horlivka:Donetsk|Donetsk:Donetsk|"
            "Kramatorsk:Donetsk|Sloviansk:Donetsk|Pokrovsk:Donetsk|Toretsk:Donetsk|Vuhledar:Donetsk|"
            "Chasiv Yar:Donetsk|Kharkiv:Kharkiv|Kupiansk:Kharkiv|Izium:Kharkiv|Zaporizhzhia:Zaporizhzhia|"
            "Orikhiv:Zaporizhzhia|Huliaipole:Zaporizhzhia|Nikopol:Dnipropetrovsk|Lysychansk:Luhansk|Sumy:Sumy"
        ),
        state=ukr,
        police=police,
        groups=(rus,),
        ground=((rus, ukr), (ukr, rus)),
        air=((rus, (ukr, civ)), (ukr, (rus,))),
        fire=((rus, (ukr, civ)), (ukr, (rus,))),
        chemical=(rus,),
        claimants=(
            "the regional governor",
            "Ukraine's General Staff",
            "the Russian defence ministry",
            "the Russian-installed administration",
            "Ukraine's prosecutor general's office",
            "the city's mayor",
        ),
        causes=(
            "the mobilisation rules",
            "corruption in military procurement",
            "the fate of prisoners of war",
        ),
        background=(
            "The front line has barely moved in months despite heavy losses on both sides.",
            "Much of the region's pre-war population has left for safer areas.",
        ),
    )


def _mali() -> _Country:
    fama = _actor(
        "Military Forces of Mali (2021-)",
        "Malian forces|the Malian army|Malian soldiers|the FAMa",
        hostile="the junta's forces",
        member="soldier/soldiers",
        air="Malian army drones|a Malian drone|Malian air force aircraft",
        state=True,
    )
    police = _actor(
        "Police Forces of Mali (2021-)",
        "Malian police|gendarmes|police",
        member="gendarme/gendarmes",
        state=True,
    )
    jnim = _actor(
        "JNIM: Group for Support of Islam and Muslims",
        "JNIM|the al-Qaeda-linked JNIM|JNIM militants|the Group for the Support of Islam and Muslims",
        hostile="terrorists|armed terrorist groups",
        member="militant/militants",
    )
    iss = _actor(
        "Islamic State (Sahel)",
        "Islamic State Sahel Province|IS Sahel militants|the Islamic State group",
        hostile="terrorists",
        member="militant/militants",
        areas="Gao|Menaka",
    )
    wagner = _actor(
        "Wagner Group",
        "Wagner mercenaries|Russian paramilitaries|Africa Corps fighters",
        member="fighter/fighters",
        state=True,
    )
    dozo = _actor(
        "Dan Na Ambassagou",
        "the Dan Na Ambassagou militia|Dogon hunters|Dozo militiamen",
        member="militiaman/militiamen",
        areas="Mopti",
    )
    csp = _actor(
        "CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad",
        "the CSP-DPA rebel alliance|Tuareg-led rebels|the Azawad rebels",
        member="fighter/fighters",
        areas="Kidal|Gao|Timbuktu",
    )
    civ = _CIVILIANS["Mali"]
    return _Country(
        name="Mali",
        adjective="Malian",
        admin_word="region",
        datelines=("BAMAKO",),
        towns=_towns(
            "Mopti:Mopti|Bandiagara:Mopti|Bankass:Mopti|Koro:Mopti|Djenne:Mopti|Douentza:Mopti|"
            "Tenenkou:Mopti|"
            "Timbuktu:Timbuktu|Gao:Gao|Ansongo:Gao|Menaka:Menaka|Kidal:Kidal|Tessalit:Kidal|Niono:Segou|"
            "Segou:Segou|Nara:Koulikoro"
        ),
        state=fama,
        police=police,
        groups=(jnim, iss, dozo, csp),
        ground=((jnim, fama), (fama, jnim), (iss, jnim), (wagner, jnim), (csp, fama), (jnim, dozo)),
        air=((fama, (jnim, csp, civ)),),
        fire=((jnim, (fama, civ)),),
        bombers=(jnim,),
        claimants=(
            "the Malian army's general staff",
            "a local elected official",
            "a regional security source",
            "the UN human rights office",
            "a local youth association",
        ),
        causes=("the high cost of living", "the closure of schools", "electricity cuts"),
        background=(
            "The centre of the country has been caught up in jihadist violence since 2015.",
            "The ruling military authorities have restricted reporting from conflict areas.",
        ),
    )


def _burkina() -> _Country:
    army = _actor(
        "Military Forces of Burkina Faso (2022-)",
        "the Burkinabe army|Burkinabe soldiers|the army",
        member="soldier/soldiers",
        air="army drones|a Burkinabe army drone|military helicopters",
        state=True,
    )
    police = _actor(
        "Police Forces of Burkina Faso (2022-)",
        "gendarmes|police|the gendarmerie",
        member="gendarme/gendarmes",
        state=True,
    )
    vdp = _actor(
        "VDP: Volunteers for the Defense of the Homeland",
        "the Volunteers for the Defence of the Homeland|VDP auxiliaries|"
        "civilian volunteers fighting with the army",
        member="volunteer/volunteers",
        state=True,
    )
    jnim = _actor(
        "JNIM: Group for Support of Islam and Muslims",
        "JNIM|JNIM militants|the al-Qaeda-linked JNIM",
        hostile="terrorists|armed terrorist groups",
        member="militant/militants",
    )
    iss = _actor(
        "Islamic State (Sahel)",
        "Islamic State Sahel Province|IS Sahel militants",
        hostile="terrorists",
        member="militant/militants",
        areas="Sahel",
    )
    civ = _CIVILIANS["Burkina Faso"]
    return _Country(
        name="Burkina Faso",
        adjective="Burkinabe",
        admin_word="region",
        datelines=("OUAGADOUGOU",),
        towns=_towns(
            "Djibo:Sahel|Dori:Sahel|Aribinda:Sahel|Gorom-Gorom:Sahel|Sebba:Sahel|Ouahigouya:Nord|Titao:Nord|"
            "Kaya:Centre-Nord|Kongoussi:Centre-Nord|Bourzanga:Centre-Nord|Fada N'gourma:Est|Diapaga:Est|"
            "Tougan:Boucle du Mouhoun|Nouna:Boucle du Mouhoun|Dedougou:Boucle du Mouhoun|"
            "Solenzo:Boucle du Mouhoun"
        ),
        state=army,
        police=police,
        groups=(jnim, iss),
        ground=((jnim, army), (army, jnim), (jnim, vdp), (iss, army)),
        air=((army, (jnim, civ)),),
        fire=((jnim, (army,)),),
        bombers=(jnim,),
        claimants=(
            "the army's information service",
            "a local elected official",
            "a security source",
            "a humanitarian worker in the region",
            "a relative of one of the victims",
        ),
        causes=("the blockade of the town", "the rising price of grain", "the suspension of a radio station"),
        background=(
            "Armed groups have blockaded several towns in the north, cutting them off from supplies.",
            "Around two million people have been displaced by the violence, according to aid agencies.",
        ),
    )


def _nigeria() -> _Country:
    army = _actor(
        "Military Forces of Nigeria (2023-)",
        "Nigerian troops|the Nigerian army|soldiers|Nigerian forces",
        member="soldier/soldiers",
        air="Nigerian Air Force jets|a Nigerian Air Force helicopter|military aircraft",
        state=True,
    )
    police = _actor(
        "Police Forces of Nigeria (2023-)",
        "police|the Nigeria Police Force|police officers",
        member="police officer/police officers",
        state=True,
    )
    iswap = _actor(
        "Islamic State (West Africa)",
        "Islamic State West Africa Province|ISWAP|ISWAP fighters",
        hostile="terrorists|ISWAP terrorists",
        member="militant/militants",
        areas="Borno|Yobe",
    )
    boko = _actor(
        "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
        "Boko Haram|Boko Haram fighters|the JAS faction of Boko Haram",
        hostile="Boko Haram terrorists",
        member="militant/militants",
        areas="Borno|Yobe|Adamawa",
    )
    bandits = _actor(
        "Unidentified Armed Group (Nigeria)",
        "bandits|armed bandits|gunmen|a gang of bandits",
        member="bandit/bandits",
        areas="Zamfara|Katsina|Kaduna|Niger|Sokoto",
    )
    ipob = _actor(
        "IPOB: Indigenous People of Biafra",
        "IPOB|the separatist IPOB|gunmen suspected to be IPOB members",
        hostile="IPOB terrorists",
        member="member/members",
        areas="Imo|Anambra|Ebonyi",
    )
    cjtf = _actor(
        "CJTF: Civilian Joint Task Force",
        "the Civilian Joint Task Force|CJTF vigilantes|the CJTF",
        member="vigilante/vigilantes",
        areas="Borno|Yobe",
        state=True,
    )
    civ = _CIVILIANS["Nigeria"]
    return _Country(
        name="Nigeria",
        adjective="Nigerian",
        admin_word="state",
        datelines=("MAIDUGURI", "ABUJA", "LAGOS"),
        towns=_towns(
            "Maiduguri:Borno|Bama:Borno|Gwoza:Borno|Monguno:Borno|Damboa:Borno|Konduga:Borno|Dikwa:Borno|"
            "Damaturu:Yobe|Potiskum:Yobe|Gusau:Zamfara|Kaura Namoda:Zamfara|Anka:Zamfara|Tsafe:Zamfara|"
            "Katsina:Katsina|Funtua:Katsina|Sokoto:Sokoto|Sabon Birni:Sokoto|Kontagora:Niger|"
            "Birnin Gwari:Kaduna|Zaria:Kaduna|Jos:Plateau|Bokkos:Plateau|"
            "Makurdi:Benue|Owerri:Imo|Orlu:Imo|Onitsha:Anambra|Nnewi:Anambra|Abakaliki:Ebonyi|"
            "Yola:Adamawa|Lagos:Lagos|Abuja:Federal Capital Territory"
        ),
        state=army,
        police=police,
        groups=(iswap, boko, bandits, ipob),
        ground=((army, iswap), (iswap, army), (army, boko), (cjtf, boko), (bandits, police), (police, ipob)),
        air=((army, (iswap, boko, bandits, civ)),),
        fire=((iswap, (army, civ)), (boko, (civ,))),
        bombers=(boko, iswap),
        claimants=(
            "the police spokesman in the state",
            "the Defence Headquarters",
            "a CJTF commander",
            "a local government chairman",
            "Amnesty International Nigeria",
            "the state government",
        ),
        causes=("the naira redesign", "the removal of the fuel subsidy", "police brutality", "insecurity"),
        background=(
            "Kidnapping for ransom has become a lucrative business for armed gangs in the northwest.",
            "The insurgency in the northeast has displaced more than two million people since 2009.",
        ),
    )


def _somalia() -> _Country:
    army = _actor(
        "Military Forces of Somalia (2022-)",
        "Somali forces|the Somali National Army|Somali troops",
        hostile="apostate forces|the apostate militia",
        member="soldier/soldiers",
        state=True,
    )
    police = _actor(
        "Police Forces of Somalia (2022-)",
        "Somali police|police|security forces",
        member="police officer/police officers",
        state=True,
    )
    shabaab = _actor(
        "Al Shabaab",
        "al-Shabaab|al-Shabaab militants|the al-Qaeda-linked al-Shabaab",
        hostile="Khawarij terrorists|al-Shabaab terrorists",
        member="militant/militants",
    )
    iss = _actor(
        "Islamic State (Somalia)",
        "Islamic State in Somalia|IS-Somalia fighters",
        member="militant/militants",
        areas="Bari",
    )
    atmis = _actor(
        "ATMIS: African Union Transition Mission in Somalia (2022-)",
        "African Union troops|ATMIS forces|AU peacekeepers",
        member="soldier/soldiers",
        areas="Lower Shabelle|Middle Shabelle|Hiiraan|Bay|Gedo",
        state=True,
    )
    usa = _actor(
        "Military Forces of the United States (2021-)",
        "US forces|US Africa Command",
        air="a US drone|a US airstrike|US military aircraft",
        state=True,
    )
    clan = _actor(
        "Macawisley Clan Militia (Somalia)",
        "Macawisley clan militias|local clan militias",
        member="militiaman/militiamen",
        areas="Hiiraan|Middle Shabelle|Galgaduud",
        state=True,
    )
    civ = _CIVILIANS["Somalia"]
    return _Country(
        name="Somalia",
        adjective="Somali",
        admin_word="region",
        datelines=("MOGADISHU", "NAIROBI"),
        towns=_towns(
            "Mogadishu:Banadir|Afgooye:Lower Shabelle|Marka:Lower Shabelle|Wanlaweyn:Lower Shabelle|"
            "Baidoa:Bay|Kismayo:Lower Juba|Jamaame:Lower Juba|Beledweyne:Hiiraan|Jowhar:Middle Shabelle|"
            "Galkayo:Mudug|Dhusamareb:Galgaduud|Hudur:Bakool|Beled Hawo:Gedo|Bosaso:Bari"
        ),
        state=army,
        police=police,
        groups=(shabaab, iss),
        ground=((army, shabaab), (shabaab, army), (atmis, shabaab), (shabaab, atmis), (clan, shabaab)),
        air=((usa, (shabaab, iss)), (army, (shabaab,))),
        fire=((shabaab, (army, atmis, civ)),),
        bombers=(shabaab,),
        claimants=(
            "the Somali information ministry",
            "al-Shabaab's Andalus radio",
            "a police officer",
            "the Aamin ambulance service",
            "a local elder",
            "US Africa Command",
        ),
        causes=("the delayed elections", "land evictions in the capital", "the price of food"),
        background=(
            "Al-Shabaab has fought the federal government for more than fifteen years.",
            "Drought has pushed hundreds of thousands of people into camps around the main towns.",
        ),
    )


def _sudan() -> _Country:
    saf = _actor(
        "Military Forces of Sudan (2019-)",
        "the Sudanese army|the Sudanese Armed Forces|the SAF|army troops",
        hostile="the Burhan army|Islamist-led army units",
        member="soldier/soldiers",
        air="army warplanes|Sudanese air force jets|an army drone",
        state=True,
    )
    rsf = _actor(
        "RSF: Rapid Support Forces",
        "the Rapid Support Forces|the RSF|RSF fighters|the paramilitary RSF",
        hostile="the rebel militia|the RSF militia|Janjaweed militias",
        member="fighter/fighters",
        air="RSF drones|a drone launched by the RSF",
    )
    police = _actor(
        "Police Forces of Sudan (2019-)",
        "police|security forces|the Central Reserve Police",
        member="police officer/police officers",
        state=True,
    )
    splmn = _actor(
        "SPLM-N: Sudan People's Liberation Movement-North",
        "the SPLM-North|SPLM-N fighters|the al-Hilu faction of the SPLM-N",
        areas="South Kordofan|Blue Nile",
    )
    civ = _CIVILIANS["Sudan"]
    return _Country(
        name="Sudan",
        adjective="Sudanese",
        admin_word="state",
        datelines=("KHARTOUM", "PORT SUDAN", "NAIROBI"),
        towns=_towns(
            "Khartoum:Khartoum|Omdurman:Khartoum|Khartoum North:Khartoum|El Fasher:North Darfur|"
            "Nyala:South Darfur|El Geneina:West Darfur|Zalingei:Central Darfur|Wad Madani:Al Jazirah|"
            "El Obeid:North Kordofan|Kadugli:South Kordofan|Dilling:South Kordofan|Kosti:White Nile|"
            "Sennar:Sennar|Atbara:River Nile|Ed Damazin:Blue Nile"
        ),
        state=saf,
        police=police,
        groups=(rsf, splmn),
        ground=((saf, rsf), (rsf, saf), (splmn, saf)),
        air=((saf, (rsf, civ)), (rsf, (saf, civ))),
        fire=((rsf, (saf, civ)), (saf, (rsf, civ))),
        claimants=(
            "the Sudan Doctors Network",
            "the local resistance committee",
            "the army spokesman",
            "the RSF in a statement",
            "the Emergency Lawyers group",
            "the UN humanitarian office",
        ),
        causes=("the war and its toll on civilians", "military rule", "the killing of protesters"),
        background=(
            "The war between the army and the RSF began in April 2023.",
            "Famine conditions have been confirmed in parts of Darfur, according to UN-backed experts.",
        ),
    )


def _drc() -> _Country:
    fardc = _actor(
        "Military Forces of the Democratic Republic of Congo (2019-)",
        "Congolese troops|the Congolese army|FARDC soldiers|the FARDC",
        member="soldier/soldiers",
        air="Congolese army drones|a Congolese army Sukhoi jet",
        state=True,
    )
    police = _actor(
        "Police Forces of the Democratic Republic of Congo (2019-)",
        "Congolese police|police|the PNC",
        member="police officer/police officers",
        state=True,
    )
    adf = _actor(
        "ADF: Allied Democratic Forces",
        "the Allied Democratic Forces|ADF rebels|the ADF",
        hostile="ADF terrorists",
        member="rebel/rebels",
        areas="North Kivu|Ituri",
    )
    m23 = _actor(
        "M23: March 23 Movement",
        "M23 rebels|the M23|the Rwanda-backed M23",
        hostile="M23 terrorists",
        member="rebel/rebels",
        areas="North Kivu|South Kivu",
    )
    codeco = _actor(
        "CODECO: Cooperative for Development of Congo",
        "CODECO militiamen|the CODECO militia",
        member="militiaman/militiamen",
        areas="Ituri",
    )
    wazalendo = _actor(
        "Wazalendo Militia",
        "Wazalendo fighters|pro-government Wazalendo militias",
        member="militiaman/militiamen",
        areas="North Kivu|South Kivu",
        state=True,
    )
    civ = _CIVILIANS["Democratic Republic of Congo"]
    return _Country(
        name="Democratic Republic of Congo",
        adjective="Congolese",
        admin_word="province",
        datelines=("GOMA", "KINSHASA", "BENI"),
        towns=_towns(
            "Beni:North Kivu|Butembo:North Kivu|Oicha:North Kivu|Goma:North Kivu|Rutshuru:North Kivu|"
            "Kiwanja:North Kivu|Sake:North Kivu|Lubero:North Kivu|Masisi:North Kivu|Bunia:Ituri|Djugu:Ituri|"
            "Mambasa:Ituri|Komanda:Ituri|Uvira:South Kivu|Bukavu:South Kivu|Kalehe:South Kivu"
        ),
        state=fardc,
        police=police,
        groups=(adf, m23, codeco),
        ground=((fardc, adf), (adf, fardc), (fardc, m23), (m23, fardc), (m23, wazalendo), (fardc, codeco)),
        air=((fardc, (m23,)),),
        fire=((m23, (fardc, civ)), (fardc, (m23, civ))),
        claimants=(
            "civil society in Beni territory",
            "the army spokesman in the region",
            "a local administrator",
            "the Kivu Security Tracker",
            "the UN mission MONUSCO",
            "a Red Cross volunteer",
        ),
        causes=(
            "the insecurity in the east",
            "the presence of UN peacekeepers",
            "the rising cost of transport",
        ),
        background=(
            "More than 100 armed groups are active in the eastern provinces, according to researchers.",
            "Repeated offensives against the ADF have failed to end its attacks on villages.",
        ),
    )


def _myanmar() -> _Country:
    army = _actor(
        "Military Forces of Myanmar (2021-)",
        "the Myanmar military|junta troops|the military regime's forces|the Tatmadaw",
        hostile="junta troops|the terrorist junta's forces|the military council's troops",
        member="soldier/soldiers",
        air="junta jets|military aircraft|a junta fighter jet|army helicopters",
        state=True,
    )
    police = _actor(
        "Police Forces of Myanmar (2021-)",
        "police|junta police|security forces",
        member="police officer/police officers",
        state=True,
    )
    pdf = _actor(
        "PDF: People's Defense Force",
        "a People's Defence Force unit|local PDF fighters|resistance forces",
        hostile="PDF terrorists|terrorist PDF groups",
        areas="Sagaing|Magway|Mandalay|Bago",
    )
    kia = _actor(
        "KIA: Kachin Independence Army",
        "the Kachin Independence Army|the KIA|KIA fighters",
        hostile="KIA insurgents",
        areas="Kachin|Shan",
    )
    aa = _actor(
        "ULA/AA: United League of Arakan/Arakan Army",
        "the Arakan Army|the AA|Arakan Army fighters",
        hostile="AA insurgents",
        areas="Rakhine|Chin",
    )
    kndf = _actor(
        "KNDF: Karenni Nationalities Defense Force",
        "the Karenni Nationalities Defence Force|KNDF fighters",
        areas="Kayah",
    )
    civ = _CIVILIANS["Myanmar"]
    return _Country(
        name="Myanmar",
        adjective="Myanmar",
        admin_word="Region",
        datelines=("YANGON", "BANGKOK"),
        towns=_towns(
            "Monywa:Sagaing|Shwebo:Sagaing|Kale:Sagaing|Tamu:Sagaing|Sagaing:Sagaing|Mandalay:Mandalay|"
            "Magway:Magway|Pauk:Magway|Gangaw:Magway|Bago:Bago|Yangon:Yangon|Hpakant:Kachin|Myitkyina:Kachin|"
            "Loikaw:Kayah|Demoso:Kayah|Hakha:Chin|Falam:Chin|Lashio:Shan|Kyaukme:Shan|Sittwe:Rakhine|"
            "Kyauktaw:Rakhine"
        ),
        state=army,
        police=police,
        groups=(pdf, kia, aa, kndf),
        ground=((pdf, army), (army, pdf), (kia, army), (aa, army), (kndf, army), (army, kndf)),
        air=((army, (pdf, kia, aa, kndf, civ)), (pdf, (army,))),
        fire=((army, (civ, pdf, kndf)), (aa, (army,))),
        claimants=(
            "the National Unity Government",
            "a local resistance spokesman",
            "the junta's information team",
            "the Assistance Association for Political Prisoners",
            "a local aid worker",
            "state media",
        ),
        causes=("military rule", "the conscription law", "the detention of political leaders"),
        background=(
            "Fighting has spread across much of the country since the military seized power in February "
            "2021.",
            "The junta has increasingly relied on air power as it loses ground to resistance forces.",
        ),
        admin_overrides=(
            ("Kachin", "State"),
            ("Kayah", "State"),
            ("Chin", "State"),
            ("Shan", "State"),
            ("Rakhine", "State"),
        ),
    )


def _mexico() -> _Country:
    army = _actor(
        "Military Forces of Mexico (2018-)",
        "Mexican soldiers|the Mexican army|army troops",
        member="soldier/soldiers",
        state=True,
    )
    police = _actor(
        "Police Forces of Mexico (2018-) National Guard",
        "the National Guard|National Guard officers",
        member="guardsman/guardsmen",
        state=True,
    )
    cjng = _actor(
        "CJNG: Jalisco New Generation Cartel",
        "the Jalisco New Generation Cartel|the CJNG|CJNG gunmen",
        member="gunman/gunmen",
        areas="Jalisco|Michoacan|Guanajuato|Zacatecas|Guerrero",
        air="drones loaded with explosives|CJNG drones carrying explosives|explosive-laden drones",
    )
    sinaloa = _actor(
        "Sinaloa Cartel",
        "the Sinaloa Cartel|Sinaloa Cartel gunmen|a faction of the Sinaloa Cartel",
        member="gunman/gunmen",
        areas="Sinaloa|Zacatecas|Chihuahua|Sonora",
    )
    csrl = _actor(
        "Santa Rosa de Lima Cartel",
        "the Santa Rosa de Lima Cartel|Santa Rosa de Lima gunmen",
        member="gunman/gunmen",
        areas="Guanajuato",
    )
    gang = _actor(
        "Unidentified Gang (Mexico)", "gunmen|an armed group|armed men|hitmen", member="gunman/gunmen"
    )
    police_state = _actor(
        "Police Forces of Mexico (2018-) State Police",
        "state police|state police officers",
        member="police officer/police officers",
        state=True,
    )
    civ = _CIVILIANS["Mexico"]
    return _Country(
        name="Mexico",
        adjective="Mexican",
        admin_word="state",
        datelines=("MEXICO CITY", "CULIACAN"),
        towns=_towns(
            "Culiacan:Sinaloa|Celaya:Guanajuato|Irapuato:Guanajuato|Salamanca:Guanajuato|Leon:Guanajuato|"
            "Apatzingan:Michoacan|Uruapan:Michoacan|Aguililla:Michoacan|Ciudad Juarez:Chihuahua|"
            "Tijuana:Baja California|Chilpancingo:Guerrero|Acapulco:Guerrero|Iguala:Guerrero|"
            "Reynosa:Tamaulipas|Nuevo Laredo:Tamaulipas|Fresnillo:Zacatecas|Zacatecas:Zacatecas|"
            "Guadalajara:Jalisco|Tlaquepaque:Jalisco|Ciudad Obregon:Sonora"
        ),
        state=army,
        police=police,
        groups=(cjng, sinaloa, csrl, gang),
        ground=(
            (cjng, sinaloa),
            (sinaloa, cjng),
            (cjng, csrl),
            (army, cjng),
            (cjng, police_state),
            (police, sinaloa),
            (gang, police_state),
        ),
        air=((cjng, (civ, police_state, army)),),
        fire=(),
        claimants=(
            "the state prosecutor's office",
            "the state security ministry",
            "the municipal government",
            "the local civil protection service",
            "the Red Cross",
            "relatives of the victims",
        ),
        causes=(
            "the disappearance of relatives",
            "violence against women",
            "water cuts",
            "the price of fuel",
        ),
        background=(
            "Criminal groups fight over drug routes, extortion rackets and fuel theft in the region.",
            "Tens of thousands of people are listed as missing in Mexico.",
        ),
    )


def _afghanistan() -> _Country:
    taliban = _actor(
        "Military Forces of Afghanistan (2021-)",
        "Taliban forces|the Taliban|Taliban security forces|Afghanistan's Taliban authorities",
        hostile="the Taliban regime's forces",
        member="fighter/fighters",
        state=True,
    )
    police = _actor(
        "Police Forces of Afghanistan (2021-)",
        "Taliban police|police|the Taliban's police",
        member="police officer/police officers",
        state=True,
    )
    iskp = _actor(
        "Islamic State (Afghanistan)",
        "the Islamic State Khorasan Province|ISKP|IS-K militants|the Islamic State group's local affiliate",
        hostile="Khawarij|ISKP terrorists",
        member="militant/militants",
    )
    nrf = _actor(
        "NRF: National Resistance Front",
        "the National Resistance Front|NRF fighters|anti-Taliban fighters",
        areas="Panjshir|Baghlan|Parwan|Takhar|Badakhshan",
    )
    return _Country(
        name="Afghanistan",
        adjective="Afghan",
        admin_word="province",
        datelines=("KABUL", "ISLAMABAD"),
        towns=_towns(
            "Kabul:Kabul|Jalalabad:Nangarhar|Kandahar:Kandahar|Spin Boldak:Kandahar|Herat:Herat|"
            "Mazar-i-Sharif:Balkh|Kunduz:Kunduz|Lashkar Gah:Helmand|Ghazni:Ghazni|Khost:Khost|"
            "Faizabad:Badakhshan|Asadabad:Kunar|Charikar:Parwan|Taloqan:Takhar|Pul-e-Khumri:Baghlan|"
            "Bazarak:Panjshir"
        ),
        state=taliban,
        police=police,
        groups=(iskp, nrf),
        ground=((taliban, iskp), (iskp, taliban), (nrf, taliban), (taliban, nrf)),
        air=(),
        fire=(),
        bombers=(iskp,),
        claimants=(
            "the Taliban's chief spokesman",
            "the Taliban-run interior ministry",
            "a hospital official",
            "the UN mission in Afghanistan",
            "the group's Amaq news agency",
            "an Emergency hospital official",
        ),
        causes=("the ban on girls' education", "restrictions on women's work", "unpaid wages"),
        background=(
            "The Taliban returned to power in August 2021.",
            "The Islamic State group's local affiliate has repeatedly targeted Shia mosques and Taliban "
            "officials.",
        ),
    )


def _libya() -> _Country:
    lna = _actor(
        "Military Forces of Libya (2014-) Haftar Faction",
        "the Libyan National Army|Haftar's forces|the LNA",
        hostile="Haftar's militias|the war criminal Haftar's militias",
        member="fighter/fighters",
        air="LNA warplanes|an LNA drone",
        state=True,
    )
    gnu = _actor(
        "Military Forces of Libya (2021-) Government of National Unity",
        "forces of the Government of National Unity|GNU-aligned forces|Tripoli-based government forces",
        member="fighter/fighters",
        air="a GNU drone|government drones",
        state=True,
    )
    police = _actor(
        "Police Forces of Libya (2021-) Government of National Unity",
        "police|interior ministry forces|security forces",
        member="police officer/police officers",
        state=True,
    )
    radaa = _actor(
        "Radaa: Special Deterrence Force",
        "the Radaa Special Deterrence Force|Radaa fighters|Radaa",
        areas="Tripoli|Al Jafarah",
    )
    brigade444 = _actor(
        "444 Brigade",
        "the 444 Brigade|444 Brigade fighters|the 444 Combat Brigade",
        areas="Tripoli|Al Jafarah|Al Marqab",
    )
    zawiya = _actor(
        "Unidentified Armed Group (Libya)",
        "rival armed groups|local militias|armed men",
        member="gunman/gunmen",
    )
    civ = _CIVILIANS["Libya"]
    return _Country(
        name="Libya",
        adjective="Libyan",
        admin_word="district",
        datelines=("TRIPOLI", "BENGHAZI"),
        towns=_towns(
            "Tripoli:Tripoli|Janzur:Al Jafarah|Tajoura:Tripoli|Misrata:Misrata|Bani Walid:Misrata|"
            "Benghazi:Benghazi|Sirte:Sirte|Derna:Derna|Zawiya:Az Zawiyah|Sabratha:Az Zawiyah|"
            "Surman:Az Zawiyah|Gharyan:Jabal al Gharbi|Zintan:Jabal al Gharbi|Sabha:Sabha|"
            "Ubari:Wadi al Hayat|"
            "Murzuq:Murzuq|Tarhuna:Al Marqab|Ajdabiya:Al Wahat"
        ),
        state=gnu,
        police=police,
        groups=(radaa, brigade444, zawiya),
        ground=((radaa, brigade444), (brigade444, radaa), (zawiya, gnu), (lna, zawiya)),
        air=((gnu, (zawiya,)),),
        fire=((radaa, (brigade444, civ)), (brigade444, (radaa, civ))),
        claimants=(
            "the Libyan Red Crescent",
            "the Emergency Medicine Centre",
            "the interior ministry in Tripoli",
            "the UN Support Mission in Libya",
            "a municipal council member",
        ),
        causes=("fuel shortages", "the power cuts", "the delay of elections", "corruption"),
        background=(
            "Libya has been split between rival administrations in the east and the west for years.",
            "Armed groups in the capital compete for control of state institutions and their revenues.",
        ),
    )


def _palestine() -> _Country:
    idf = _actor(
        "Military Forces of Israel (2022-)",
        "Israeli forces|Israeli troops|the Israeli army|the IDF",
        hostile="occupation forces|the occupation army|Zionist forces",
        member="soldier/soldiers",
        air="Israeli warplanes|an Israeli drone|Israeli jets|Israeli aircraft",
        state=True,
    )
    police = _actor(
        "Police Forces of Israel (2022-) Border Police",
        "Israeli border police|border police officers",
        hostile="occupation police",
        member="police officer/police officers",
        state=True,
    )
    hamas = _actor(
        "Hamas Movement",
        "Hamas|Hamas militants|the Hamas movement|Hamas's armed wing",
        hostile="Hamas terrorists|terrorists",
        member="militant/militants",
    )
    pij = _actor(
        "PIJ: Palestinian Islamic Jihad",
        "Islamic Jihad|the Palestinian Islamic Jihad|PIJ militants",
        hostile="Islamic Jihad terrorists",
        member="militant/militants",
    )
    settlers = _actor(
        "Settlers (Israel)", "Israeli settlers|settlers|a group of settlers", member="settler/settlers"
    )
    civ = _CIVILIANS["Palestine"]
    return _Country(
        name="Palestine",
        adjective="Palestinian",
        admin_word="",
        datelines=("RAMALLAH", "GAZA", "JERUSALEM"),
        towns=_towns(
            "Jenin:West Bank|Nablus:West Bank|Tulkarm:West Bank|Hebron:West Bank|Ramallah:West Bank|"
            "Jericho:West Bank|Tubas:West Bank|Huwara:West Bank|Beit Ummar:West Bank|Qalqilya:West Bank|"
            "Gaza City:Gaza Strip|Khan Yunis:Gaza Strip|Rafah:Gaza Strip|Beit Hanoun:Gaza Strip|"
            "Jabalia:Gaza Strip|Deir al-Balah:Gaza Strip"
        ),
        state=idf,
        police=police,
        groups=(hamas, pij, settlers),
        ground=((idf, hamas), (idf, pij), (hamas, idf), (pij, idf)),
        air=((idf, (hamas, pij, civ)),),
        fire=((idf, (civ, hamas)),),
        claimants=(
            "the Palestinian health ministry",
            "the Israeli military",
            "the Palestinian Red Crescent",
            "the Wafa news agency",
            "the UN humanitarian office OCHA",
            "Palestinian medics",
        ),
        causes=("the detention of prisoners", "settlement expansion", "the closure of checkpoints"),
        background=(
            "Violence in the occupied West Bank has risen sharply over the past two years.",
            "The Gaza Strip has been under a blockade since 2007.",
        ),
    )


def _israel() -> _Country:
    idf = _actor(
        "Military Forces of Israel (2022-)",
        "the Israeli military|the IDF|the Israeli army",
        member="soldier/soldiers",
        state=True,
    )
    police = _actor(
        "Police Forces of Israel (2022-)",
        "Israeli police|police",
        member="police officer/police officers",
        state=True,
    )
    hamas = _actor(
        "Hamas Movement",
        "Hamas|Hamas militants|Hamas's armed wing",
        hostile="Hamas terrorists",
        member="militant/militants",
    )
    pij = _actor("PIJ: Palestinian Islamic Jihad", "Islamic Jihad|PIJ militants", member="militant/militants")
    civ = _CIVILIANS["Israel"]
    return _Country(
        name="Israel",
        adjective="Israeli",
        admin_word="",
        datelines=("JERUSALEM", "TEL AVIV"),
        towns=_towns(
            "Sderot:Southern District|Ashkelon:Southern District|Netivot:Southern District|"
            "Kiryat Shmona:Northern District|Tel Aviv:Tel Aviv|Jerusalem:Jerusalem|Haifa:Haifa"
        ),
        state=idf,
        police=police,
        groups=(hamas, pij),
        ground=((idf, hamas),),
        air=(),
        fire=((hamas, (civ, idf)), (pij, (civ,))),
        claimants=("Magen David Adom", "the Israeli military", "Israeli police", "the municipality"),
        admin_overrides=(("Jerusalem", "District"), ("Tel Aviv", "District"), ("Haifa", "District")),
        causes=("the judicial overhaul", "the fate of the hostages", "the cost of living"),
        background=("Rocket fire from Gaza has disrupted life in southern towns for years.",),
    )


def _colombia() -> _Country:
    army = _actor(
        "Military Forces of Colombia (2022-)",
        "the Colombian army|Colombian soldiers|army troops",
        member="soldier/soldiers",
        air="Colombian air force aircraft|military aircraft",
        state=True,
    )
    police = _actor(
        "Police Forces of Colombia (2022-)",
        "Colombian police|police|the national police",
        member="police officer/police officers",
        state=True,
    )
    eln = _actor(
        "ELN: National Liberation Army",
        "the National Liberation Army|the ELN|ELN guerrillas",
        member="guerrilla/guerrillas",
        areas="Arauca|Norte de Santander|Choco|Cauca|Narino",
    )
    emc = _actor(
        "FARC Dissidents (Colombia)",
        "FARC dissidents|a FARC dissident group|dissident guerrillas",
        air="drones carrying explosives|a dissident drone|explosive-laden drones",
        member="guerrilla/guerrillas",
        areas="Cauca|Narino|Valle del Cauca|Arauca",
    )
    agc = _actor(
        "AGC: Gaitanist Self-Defense Forces of Colombia",
        "the Gulf Clan|the Clan del Golfo|AGC gunmen",
        member="gunman/gunmen",
        areas="Antioquia|Choco|Cordoba",
    )
    civ = _CIVILIANS["Colombia"]
    return _Country(
        name="Colombia",
        adjective="Colombian",
        admin_word="department",
        datelines=("BOGOTA",),
        towns=_towns(
            "Tumaco:Narino|Cucuta:Norte de Santander|Tibu:Norte de Santander|Jamundi:Valle del Cauca|"
            "Buenaventura:Valle del Cauca|Suarez:Cauca|Argelia:Cauca|Toribio:Cauca|Popayan:Cauca|"
            "Quibdo:Choco|Arauca:Arauca|Saravena:Arauca|Tame:Arauca|Caucasia:Antioquia|Montelibano:Cordoba"
        ),
        state=army,
        police=police,
        groups=(eln, emc, agc),
        ground=((army, eln), (eln, army), (emc, army), (eln, emc), (agc, eln), (army, agc)),
        air=((army, (emc, eln)), (emc, (army, police, civ))),
        fire=((eln, (police, army, civ)),),
        claimants=(
            "the Ombudsman's Office",
            "the defence ministry",
            "the governor of the department",
            "Indepaz",
            "a community leader",
            "the army's regional command",
        ),
        causes=("the killing of social leaders", "the government's reforms", "fuel prices"),
        background=("Armed groups have expanded into areas vacated by the FARC after the 2016 peace deal.",),
    )


def _ethiopia() -> _Country:
    endf = _actor(
        "Military Forces of Ethiopia (2018-)",
        "Ethiopian federal forces|the Ethiopian army|the ENDF",
        member="soldier/soldiers",
        air="a military drone|federal drones|an Ethiopian air force drone",
        state=True,
    )
    police = _actor(
        "Police Forces of Ethiopia (2018-)",
        "federal police|police|regional special forces",
        member="police officer/police officers",
        state=True,
    )
    fano = _actor(
        "Fano Militia",
        "Fano militiamen|the Fano militia|Fano fighters",
        hostile="extremist groups",
        member="militiaman/militiamen",
        areas="Amhara",
    )
    ola = _actor(
        "OLA: Oromo Liberation Army",
        "the Oromo Liberation Army|the OLA|OLA fighters",
        hostile="the terrorist group Shene",
        member="fighter/fighters",
        areas="Oromia",
    )
    civ = _CIVILIANS["Ethiopia"]
    return _Country(
        name="Ethiopia",
        adjective="Ethiopian",
        admin_word="region",
        datelines=("ADDIS ABABA", "NAIROBI"),
        towns=_towns(
            "Gondar:Amhara|Bahir Dar:Amhara|Dessie:Amhara|Kombolcha:Amhara|Lalibela:Amhara|"
            "Debre Tabor:Amhara|"
            "Woldia:Amhara|Debre Markos:Amhara|Nekemte:Oromia|Gimbi:Oromia|Dembi Dolo:Oromia|"
            "Shashamane:Oromia|"
            "Ambo:Oromia"
        ),
        state=endf,
        police=police,
        groups=(fano, ola),
        ground=((endf, fano), (fano, endf), (endf, ola), (ola, endf)),
        air=((endf, (fano, ola, civ)),),
        fire=((endf, (fano, civ)),),
        claimants=(
            "the Ethiopian Human Rights Commission",
            "a regional official",
            "a health worker",
            "a Fano spokesman",
            "the government communication service",
        ),
        causes=("the state of emergency", "the disarmament of regional forces", "the cost of fertiliser"),
        background=("A state of emergency has been in force in the region for months.",),
    )


def _pakistan() -> _Country:
    army = _actor(
        "Military Forces of Pakistan (2022-)",
        "Pakistani security forces|the Pakistani army|troops",
        member="soldier/soldiers",
        air="army helicopters|Pakistani drones",
        state=True,
    )
    police = _actor(
        "Police Forces of Pakistan (2022-)",
        "police|Pakistani police|the counter-terrorism department",
        member="police officer/police officers",
        state=True,
    )
    ttp = _actor(
        "TTP: Tehreek-i-Taliban Pakistan",
        "the Pakistani Taliban|the TTP|TTP militants",
        hostile="terrorists|khawarij",
        member="militant/militants",
        areas="Khyber Pakhtunkhwa",
    )
    bla = _actor(
        "BLA: Baloch Liberation Army",
        "the Baloch Liberation Army|the BLA|BLA separatists",
        hostile="terrorists|foreign-sponsored terrorists",
        member="militant/militants",
        areas="Balochistan",
    )
    civ = _CIVILIANS["Pakistan"]
    return _Country(
        name="Pakistan",
        adjective="Pakistani",
        admin_word="province",
        datelines=("ISLAMABAD", "PESHAWAR", "QUETTA"),
        towns=_towns(
            "Peshawar:Khyber Pakhtunkhwa|Dera Ismail Khan:Khyber Pakhtunkhwa|Bannu:Khyber Pakhtunkhwa|"
            "Miranshah:Khyber Pakhtunkhwa|Wana:Khyber Pakhtunkhwa|Tank:Khyber Pakhtunkhwa|"
            "Kohat:Khyber Pakhtunkhwa|"
            "Quetta:Balochistan|Turbat:Balochistan|Gwadar:Balochistan|Khuzdar:Balochistan|"
            "Mastung:Balochistan|"
            "Kalat:Balochistan|Karachi:Sindh"
        ),
        state=army,
        police=police,
        groups=(ttp, bla),
        ground=((army, ttp), (ttp, police), (bla, army), (army, bla)),
        air=((army, (ttp, civ)),),
        fire=((ttp, (police, civ)),),
        bombers=(ttp, bla),
        claimants=(
            "the military's media wing ISPR",
            "the provincial police chief",
            "a senior police official",
            "the TTP in a statement",
            "a hospital spokesman",
            "the BLA's spokesman",
        ),
        causes=("enforced disappearances", "electricity bills", "the arrest of party leaders"),
        background=(
            "Militant attacks have increased in the northwest since the TTP ended a ceasefire in 2022.",
        ),
    )


def _cameroon() -> _Country:
    army = _actor(
        "Military Forces of Cameroon (1982-)",
        "Cameroonian soldiers|the Cameroonian army|troops",
        member="soldier/soldiers",
        state=True,
    )
    police = _actor(
        "Police Forces of Cameroon (1982-)",
        "police|gendarmes|the gendarmerie",
        member="gendarme/gendarmes",
        state=True,
    )
    amba = _actor(
        "Ambazonian Separatists (Cameroon)",
        "Ambazonian separatists|separatist fighters|'Amba boys'",
        hostile="secessionist terrorists",
        areas="North-West|South-West",
    )
    boko = _actor(
        "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
        "Boko Haram|Boko Haram fighters",
        hostile="Boko Haram terrorists",
        member="militant/militants",
        areas="Far North",
    )
    return _Country(
        name="Cameroon",
        adjective="Cameroonian",
        admin_word="region",
        datelines=("YAOUNDE", "DOUALA"),
        towns=_towns(
            "Bamenda:North-West|Ndop:North-West|Kumbo:North-West|Buea:South-West|Kumba:South-West|"
            "Mamfe:South-West|Limbe:South-West|Mora:Far North|Maroua:Far North|Kolofata:Far North"
        ),
        state=army,
        police=police,
        groups=(amba, boko),
        ground=((army, amba), (amba, army), (army, boko), (boko, army)),
        air=(),
        fire=(),
        bombers=(boko,),
        claimants=(
            "the regional governor",
            "a local rights lawyer",
            "the army spokesman",
            "a separatist commander",
        ),
        causes=("the lockdowns imposed by separatists", "the price of fuel"),
        background=("The crisis in the English-speaking regions began in 2016.",),
    )


def _mozambique() -> _Country:
    army = _actor(
        "Military Forces of Mozambique (1990-)",
        "Mozambican troops|the Mozambican army|the FADM",
        member="soldier/soldiers",
        state=True,
    )
    police = _actor(
        "Police Forces of Mozambique (1990-)",
        "police|the national police|rapid intervention police",
        member="police officer/police officers",
        state=True,
    )
    ism = _actor(
        "Islamic State (Mozambique)",
        "Islamic State Mozambique Province|the Islamic State-linked insurgents|"
        "the insurgent group known locally as al-Shabaab",
        hostile="terrorists",
        member="insurgent/insurgents",
    )
    rwanda = _actor(
        "Military Forces of Rwanda (2000-)",
        "Rwandan troops|the Rwandan security forces",
        member="soldier/soldiers",
        state=True,
    )
    return _Country(
        name="Mozambique",
        adjective="Mozambican",
        admin_word="province",
        datelines=("MAPUTO", "PEMBA"),
        towns=_towns(
            "Mocimboa da Praia:Cabo Delgado|Macomia:Cabo Delgado|Pemba:Cabo Delgado|Mueda:Cabo Delgado|"
            "Montepuez:Cabo Delgado|Palma:Cabo Delgado|Muidumbe:Cabo Delgado|Ancuabe:Cabo Delgado|"
            "Quissanga:Cabo Delgado|Meluco:Cabo Delgado"
        ),
        state=army,
        police=police,
        groups=(ism,),
        ground=((army, ism), (ism, army), (rwanda, ism)),
        air=(),
        fire=(),
        claimants=("a district administrator", "Cabo Ligado", "a local source", "the Rwandan army spokesman"),
        causes=("the election results", "the cost of living"),
        background=("The insurgency in Cabo Delgado began in October 2017.",),
    )


_COUNTRIES: tuple[_Country, ...] = (
    _syria(), _iraq(), _yemen(), _ukraine(), _mali(), _burkina(), _nigeria(), _somalia(), _sudan(), _drc(),
    _myanmar(), _mexico(), _afghanistan(), _libya(), _palestine(), _israel(), _colombia(), _ethiopia(),
    _pakistan(), _cameroon(), _mozambique(),
)  # fmt: skip


# ----------------------------------------------------------------------------------------------------------
# Rendering context and small helpers
# ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Place:
    location: str  # the label
    admin1: str
    precision: int
    where: str  # adverbial: "in the town of Ariha", "near Ariha", "in southern Idlib province"
    what: str  # nominal: "the town of Ariha", "villages near Ariha"
    town: str  # for the headline


@dataclass(slots=True)
class _Ctx:
    rng: random.Random
    country: _Country
    style: _Style
    outlet: str
    published: date
    event_date: date
    when: str


@dataclass(slots=True)
class _Toll:
    suffix: str = ""  # ", killing three soldiers" appended to the lead
    sentences: list[str] = field(default_factory=list)
    fatalities: int = 0
    injuries: int = 0
    headline_dead: int = 0  # the first figure asserted (headlines quote it)


@dataclass(slots=True)
class _Core:
    lead: str
    actor1: _Actor
    actor2: _Actor | None
    place: _Place
    noun: str  # for the headline: "shelling", "clashes", "protest"
    toll: _Toll = field(default_factory=_Toll)
    details: list[str] = field(default_factory=list)  # sentences that belong to the event, in order
    violent: bool = True


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _article(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _num(rng: random.Random, n: int) -> str:
    if n <= 12 and rng.random() < 0.5:
        return _NUMBER_WORDS[n]
    return str(n)


def _form(c: _Ctx, actor: _Actor) -> str:
    """A surface form of the actor, hostile when the outlet's leaning calls for it."""
    adversary = (c.style is _Style.STATE and not actor.state) or (
        c.style is _Style.OPPOSITION and actor.state
    )
    if adversary and actor.hostile and c.rng.random() < 0.7:
        return c.rng.choice(actor.hostile)
    return c.rng.choice(actor.forms)


def _members(c: _Ctx, actor: _Actor, n: int) -> tuple[str, int]:
    """'three soldiers' style count phrase for an actor's own people, with its conservative value."""
    return _count_phrase(c.rng, n, actor.member)


def _count_phrase(rng: random.Random, n: int, noun: tuple[str, str]) -> tuple[str, int]:
    """A count of people as reporting phrases it, with the figure ACLED would code."""
    singular, plural = noun
    if n == 1:
        if singular == "other":
            return "one other", 1
        return rng.choice(("one " + singular, _article(singular))), 1
    roll = rng.random()
    if n >= 12 and roll < 0.08:
        return f"dozens of {plural}", 12  # ACLED codes "dozens" as 12
    if n >= 3 and roll < 0.12:
        return f"several {plural}", 3  # ACLED codes "several" as 3
    if roll < 0.36:
        return f"at least {_num(rng, n)} {plural}", n
    if roll < 0.46:
        return f"more than {_num(rng, n)} {plural}", n
    if roll < 0.52:
        high = n + rng.randint(1, 4)
        if high <= 12 and roll < 0.49:
            return f"between {_NUMBER_WORDS[n]} and {_NUMBER_WORDS[high]} {plural}", n
        return f"between {n} and {high} {plural}", n
    if roll < 0.57:
        return f"about {_num(rng, n)} {plural}", n
    return f"{_num(rng, n)} {plural}", n


def _be(phrase: str) -> str:
    single = phrase.startswith(("one ", "a ", "an "))
    return "was" if single else "were"


def _render(c: _Ctx, templates: Sequence[str], slots: dict[str, str]) -> str:
    """Fill a random template; sometimes move the time expression to the front of the sentence."""
    template = c.rng.choice(templates)
    if " {T}" in template and c.rng.random() < 0.3:
        template = "{T}, " + template.replace(" {T}", "")
    return _cap(template.format_map(slots | {"T": c.when}))


def _slots(c: _Ctx, place: _Place, a: _Actor | None = None, b: _Actor | None = None) -> dict[str, str]:
    slots = {
        "P": place.where,
        "N": place.what,
        "town": place.town,
        "country": c.country.name,
        "admin": _admin_phrase(c.country, place.admin1),
    }
    if a is not None:
        slots |= {"A": _form(c, a), "Am": a.member[1], "Aair": c.rng.choice(a.air) if a.air else _form(c, a)}
    if b is not None:
        slots |= {"B": _form(c, b), "Bm": b.member[1]}
    return slots


def _admin_phrase(country: _Country, admin1: str) -> str:
    word = dict(country.admin_overrides).get(admin1, country.admin_word)
    return f"{admin1} {word}" if word else f"the {admin1}"


# ----------------------------------------------------------------------------------------------------------
# Places and times
# ----------------------------------------------------------------------------------------------------------


def _eligible_towns(country: _Country, actors: Sequence[_Actor]) -> tuple[_Town, ...]:
    """Towns in the admin1 areas every given actor operates in (all towns when none is restricted)."""
    towns = country.towns
    for actor in actors:
        if actor.areas:
            towns = tuple(t for t in towns if t.admin1 in actor.areas)
    return towns or country.towns


def _place(c: _Ctx, *actors: _Actor, exact: bool = False) -> _Place:
    towns = _eligible_towns(c.country, actors)
    town = c.rng.choice(towns)
    roll = 0.0 if exact else c.rng.random()
    if roll < 0.6:
        return _exact_place(c, town)
    if roll < 0.9:
        return _near_place(c, town, towns)
    return _region_place(c, town)


def _exact_place(c: _Ctx, town: _Town) -> _Place:
    t, admin = town.name, _admin_phrase(c.country, town.admin1)
    where = c.rng.choice(
        (
            f"in {t}",
            f"in the town of {t}",
            f"in {t}, in {admin}",
            f"in {t} in {admin}",
            f"in {t}, {c.country.name}",
            f"in central {t}",
            f"in {t}",
        )
    )
    what = c.rng.choice((t, f"the town of {t}", f"residential areas of {t}", f"the centre of {t}", t))
    return _Place(location=t, admin1=town.admin1, precision=1, where=where, what=what, town=t)


def _near_place(c: _Ctx, town: _Town, towns: Sequence[_Town]) -> _Place:
    t, rng = town.name, c.rng
    other = rng.choice([x for x in towns if x.name != t] or [town]).name
    km, direction = rng.randint(5, 40), rng.choice(_DIRECTIONS)
    where = rng.choice(
        (
            f"near {t}",
            f"on the outskirts of {t}",
            f"between {t} and {other}",
            f"about {km} kilometres {direction} of {t}",
            f"in the {t} countryside",
            f"in villages around {t}",
            f"outside {t}",
        )
    )
    what = rng.choice(
        (
            f"villages near {t}",
            f"the outskirts of {t}",
            f"the road between {t} and {other}",
            f"farmland {direction} of {t}",
            f"areas around {t}",
        )
    )
    return _Place(location=t, admin1=town.admin1, precision=2, where=where, what=what, town=t)


def _region_place(c: _Ctx, town: _Town) -> _Place:
    direction = c.rng.choice(_REGION_DIRECTIONS)
    region = _admin_phrase(c.country, town.admin1)
    if not region.startswith("the "):
        directed = f"{direction} {region}"
    elif town.admin1.endswith("District"):
        directed = region  # "the Southern District" takes no compass direction
    else:
        directed = f"the {direction} {town.admin1}"  # "the northern West Bank"
    where = c.rng.choice(
        (f"in {directed}", f"in rural parts of {region}", f"in several villages of {directed}")
    )
    what = c.rng.choice((f"areas of {directed}", f"villages in {directed}", f"rural {town.admin1}"))
    return _Place(
        location=town.admin1, admin1=town.admin1, precision=3, where=where, what=what, town=town.admin1
    )


def _when(rng: random.Random, published: date) -> tuple[str, date]:
    """A time expression for the event and the date it denotes (0-3 days before publication)."""
    offset = rng.choice((0, 1, 1, 1, 2, 3))
    day = published - timedelta(days=offset)
    weekday, month = _WEEKDAYS[day.weekday()], _MONTHS[day.month - 1]
    options = [f"on {month} {day.day}", f"on {day.day} {month}", f"on {weekday}, {month} {day.day}"]
    if offset == 1:
        options += [
            "yesterday",
            "late yesterday",
            f"late on {weekday}",
            f"on {weekday} night",
            f"on {weekday}",
        ]
    elif offset == 0:
        options += [f"on {weekday}", f"early on {weekday}", f"on {weekday} morning", f"earlier on {weekday}"]
    else:
        options += [f"on {weekday}", f"late on {weekday}", f"on {day.day} {month} {day.year}"]
    return rng.choice(options), day


# ----------------------------------------------------------------------------------------------------------
# Tolls and claims
# ----------------------------------------------------------------------------------------------------------


def _claimant(c: _Ctx) -> str:
    if c.country.claimants and c.rng.random() < 0.5:
        return c.rng.choice(c.country.claimants)
    return c.rng.choice(_GENERIC_CLAIMANTS)


def _toll(
    c: _Ctx,
    victims: tuple[str, str],
    *,
    p_dead: float,
    max_dead: int,
    p_hurt: float,
    max_hurt: int,
    denier: _Actor | None = None,
) -> _Toll:
    """Casualty figures with their sources; sometimes a second source disputes the first."""
    rng = c.rng
    dead = rng.randint(1, max_dead) if rng.random() < p_dead else 0
    hurt = rng.randint(1, max_hurt) if rng.random() < p_hurt else 0
    toll = _Toll()
    if dead == 0 and hurt == 0:
        if rng.random() < 0.6:
            toll.sentences.append(rng.choice(_NO_CASUALTIES))
        return toll
    dead_phrase, toll.fatalities = _count_phrase(rng, dead, victims) if dead else ("", 0)
    hurt_phrase, toll.injuries = _count_phrase(rng, hurt, ("other", "others")) if hurt else ("", 0)
    toll.headline_dead = toll.fatalities
    if rng.random() < 0.35:
        toll.suffix = _toll_suffix(dead_phrase, hurt_phrase, victims)
    else:
        toll.sentences.append(_toll_sentence(c, dead_phrase, hurt_phrase, victims))
    if toll.fatalities and rng.random() < 0.25:
        toll.sentences.append(_dispute(c, toll, denier))
    return toll


def _toll_suffix(dead: str, hurt: str, victims: tuple[str, str]) -> str:
    if dead and hurt:
        return f", killing {dead} and wounding {hurt}"
    if dead:
        return f", killing {dead}"
    return f", wounding {hurt.replace('others', victims[1]).replace('other', victims[0])}"


def _toll_sentence(c: _Ctx, dead: str, hurt: str, victims: tuple[str, str]) -> str:
    rng = c.rng
    if not dead:
        hurt = hurt.replace("others", victims[1]).replace("other", victims[0])
        body = rng.choice((f"{hurt} {_be(hurt)} wounded", f"{hurt} {_be(hurt)} injured"))
    else:
        body = rng.choice(
            (
                f"{dead} {_be(dead)} killed",
                f"{dead} died",
                f"{dead} {_be(dead)} killed in the attack",
                f"the attack left {dead} dead",
                f"{dead} {_be(dead)} reportedly killed",
                f"{dead} {_be(dead)} said to have been killed",
            )
        )
        if hurt:
            body += rng.choice((f" and {hurt} {_be(hurt)} wounded", f", while {hurt} {_be(hurt)} injured"))
    return _attribute(c, body)


def _attribute(c: _Ctx, body: str) -> str:
    """Attach a source to a statement, or leave it in the outlet's own voice."""
    roll = c.rng.random()
    if roll < 0.25:
        return _cap(body) + "."
    claimant = _claimant(c)
    if roll < 0.55:
        return f"{_cap(body)}, {claimant} said."
    if roll < 0.75:
        return f"According to {claimant}, {body}."
    if roll < 0.9:
        return f"{_cap(claimant)} said {body}."
    return f"{_cap(body)}, {claimant} reportedly said."


def _dispute(c: _Ctx, toll: _Toll, denier: _Actor | None) -> str:
    """A second source's figure; the label keeps the lowest (a denial counts as zero)."""
    rng = c.rng
    named = denier is not None and not denier.name.startswith(("Unidentified", "Civilians"))
    who = f"a spokesman for {_form(c, denier)}" if denier and named and rng.random() < 0.5 else _claimant(c)
    roll = rng.random()
    if roll < 0.45 or toll.fatalities <= 1:
        toll.fatalities = 0
        return _cap(
            rng.choice(
                (
                    f"{who} denied that anyone had been killed.",
                    f"{who} denied any casualties.",
                    f"{who} said no one was killed.",
                    f"{who} dismissed the death toll as fabricated.",
                )
            )
        )
    if roll < 0.75:
        lower = rng.randint(1, toll.fatalities - 1)
        toll.fatalities = lower
        return _cap(
            rng.choice(
                (
                    f"{who} put the number of dead at {_num(rng, lower)}.",
                    f"{who} gave a lower toll of {lower}.",
                    f"{who} said only {_num(rng, lower)} people had been killed.",
                )
            )
        )
    higher = toll.fatalities + rng.randint(1, 10)
    return _cap(
        rng.choice((f"{who} said the toll was higher, at {higher} dead.", f"{who} reported {higher} deaths."))
    )


def _civilian_noun(c: _Ctx) -> tuple[str, str]:
    return c.rng.choice(_CIVILIAN_NOUNS)


def _victims_of(c: _Ctx, target: _Actor) -> tuple[str, str]:
    return _civilian_noun(c) if target.name.startswith("Civilians") else target.member


def _attribution(c: _Ctx, actor: _Actor, what: str) -> str:
    """A sentence naming who is behind an unattributed blast, strike or shelling."""
    form = _form(c, actor)
    return _cap(
        c.rng.choice(
            (
                f"{_claimant(c)} blamed {form} for the {what}.",
                f"{form} claimed responsibility for the {what}.",
                f"{_claimant(c)} said the {what} was carried out by {form}.",
                f"the {what} was attributed to {form}.",
                f"the {what} was allegedly carried out by {form}.",
            )
        )
    )


# ----------------------------------------------------------------------------------------------------------
# Composers: one per sub-event type. Each picks actors and place, writes the lead and its event details.
# ----------------------------------------------------------------------------------------------------------

_CLASH_LEADS = (
    "{A} clashed with {B} {P} {T}",
    "fighting broke out between {A} and {B} {P} {T}",
    "heavy clashes erupted {P} {T} when {A} attacked positions held by {B}",
    "{A} and {B} exchanged heavy gunfire {P} {T}",
    "{A} ambushed a patrol of {B} {P} {T}",
    "{A} stormed a checkpoint manned by {B} {P} {T}, sparking a gun battle that lasted several hours",
    "an attack by {A} on positions held by {B} {P} was repelled {T} after hours of fighting",
    "gun battles between {A} and {B} were reported {P} {T}",
    "{A} launched an assault on {B} {P} {T}",
    "{A} attacked an outpost held by {B} {P} {T}, triggering an exchange of fire",
)
_CLASH_SUPPORT = (
    "The fighting was accompanied by heavy artillery and mortar fire.",
    "Both sides used heavy machine guns and mortars during the clashes.",
    "Reinforcements were sent to the area as the fighting continued into the night.",
    "Drones were seen over the area during the clashes, residents said.",
)


def _armed_clash(c: _Ctx) -> _Core:
    a, b = c.rng.choice(c.country.ground)
    place = _place(c, a, b)
    lead = _render(c, _CLASH_LEADS, _slots(c, place, a, b))
    details = [c.rng.choice(_CLASH_SUPPORT)] if c.rng.random() < 0.3 else []
    toll = _combat_toll(c, a, b)
    return _Core(lead=lead, actor1=a, actor2=b, place=place, noun="clashes", toll=toll, details=details)


def _combat_toll(c: _Ctx, a: _Actor, b: _Actor) -> _Toll:
    """Losses on one or both sides of a battle."""
    if c.rng.random() < 0.3:
        dead_a, dead_b = c.rng.randint(1, 9), c.rng.randint(1, 15)
        phrase_a, value_a = _members(c, a, dead_a)
        phrase_b, value_b = _members(c, b, dead_b)
        body = f"{phrase_a} and {phrase_b} were killed in the fighting"
        total = value_a + value_b
        return _Toll(sentences=[_attribute(c, body)], fatalities=total, headline_dead=total)
    loser = c.rng.choice((a, b))
    return _toll(c, loser.member, p_dead=0.7, max_dead=25, p_hurt=0.4, max_hurt=20, denier=loser)


_REGAIN_LEADS = (
    "{A} recaptured {N} from {B} {T}",
    "{A} regained control of {N} {T} after {B} withdrew following heavy fighting",
    "{A} said they had retaken {N} from {B} {T}",
    "{A} drove {B} out of {N} {T} after two days of fighting",
    "{N} was recaptured by {A} {T} after fierce clashes with {B}",
    "{A} announced the liberation of {N} from {B} {T}",
    "{A} pushed {B} out of {N} {T} and raised their flag over the main square",
)
_OVERTAKE_LEADS = (
    "{A} seized {N} {T}",
    "{A} captured {N} from {B} {T} after heavy fighting",
    "{A} overran {N} {T}, forcing {B} to retreat",
    "{N} fell to {A} {T} after {B} pulled back under heavy fire",
    "{A} took control of {N} {T} following clashes with {B}",
    "{A} stormed and captured {N} {T}, routing {B}",
)
_ADVANCE_SUPPORT = (
    "The advance was supported by air strikes and artillery, a military source said.",
    "Footage shared online showed fighters walking through empty streets.",
    "Hundreds of families fled ahead of the fighting.",
)


def _territory_place(c: _Ctx, a: _Actor, b: _Actor) -> _Place:
    town = c.rng.choice(_eligible_towns(c.country, (a, b)))
    if c.rng.random() < 0.75:
        return _exact_place(c, town)
    near = _near_place(c, town, (town,))
    what = c.rng.choice(
        (
            f"several villages near {town.name}",
            f"hills overlooking {town.name}",
            f"positions on the outskirts of {town.name}",
        )
    )
    return _Place(
        location=near.location, admin1=near.admin1, precision=2, where=near.where, what=what, town=near.town
    )


def _government_regains(c: _Ctx) -> _Core:
    pairs = [(x, y) for x, y in c.country.ground if x.state and not y.state]
    a, b = c.rng.choice(pairs)
    place = _territory_place(c, a, b)
    lead = _render(c, _REGAIN_LEADS, _slots(c, place, a, b))
    details = [c.rng.choice(_ADVANCE_SUPPORT)] if c.rng.random() < 0.4 else []
    toll = _toll(c, b.member, p_dead=0.5, max_dead=30, p_hurt=0.2, max_hurt=20)
    return _Core(lead=lead, actor1=a, actor2=b, place=place, noun="recapture", toll=toll, details=details)


def _non_state_overtakes(c: _Ctx) -> _Core:
    pairs = [(x, y) for x, y in c.country.ground if not x.state]
    a, b = c.rng.choice(pairs)
    place = _territory_place(c, a, b)
    lead = _render(c, _OVERTAKE_LEADS, _slots(c, place, a, b))
    details = [c.rng.choice(_ADVANCE_SUPPORT[1:])] if c.rng.random() < 0.4 else []
    toll = _toll(c, b.member, p_dead=0.5, max_dead=30, p_hurt=0.2, max_hurt=20, denier=b)
    return _Core(lead=lead, actor1=a, actor2=b, place=place, noun="capture", toll=toll, details=details)


_CHEMICAL_LEADS = (
    "{C} accused {A} of using chlorine gas in an attack {P} {T}",
    "a suspected chemical attack by {A} {P} {T} left residents struggling to breathe",
    "{A} fired shells filled with a toxic gas {P} {T}, according to {C}",
    "munitions carrying a chemical agent struck {N} {T}; {C} blamed {A}",
    "{A} dropped canisters of poison gas on {N} {T}, {C} said",
)
_CHEMICAL_DETAILS = (
    "Doctors said patients showed signs of exposure to a choking agent, including foaming at the mouth.",
    "Medics treated dozens of people for breathing difficulties and burning eyes.",
    "The accused side denied using chemical weapons and called the reports staged.",
)


def _chemical(c: _Ctx) -> _Core:
    a = c.rng.choice(c.country.chemical)
    target = c.rng.choice([c.country.civilians, *_enemies(c.country, a)])
    place = _place(c, a)
    lead = _render(c, _CHEMICAL_LEADS, _slots(c, place, a) | {"C": _claimant(c)})
    details = [c.rng.choice(_CHEMICAL_DETAILS)]
    toll = _toll(c, _victims_of(c, target), p_dead=0.3, max_dead=10, p_hurt=0.9, max_hurt=60)
    return _Core(
        lead=lead, actor1=a, actor2=target, place=place, noun="chemical attack", toll=toll, details=details
    )


def _enemies(country: _Country, actor: _Actor) -> list[_Actor]:
    foes = [y for x, y in country.ground if x is actor] + [x for x, y in country.ground if y is actor]
    return foes or [country.civilians]


_AIR_LEADS = (
    "{Aair} struck {X} {P} {T}",
    "{Aair} carried out a series of air strikes on {X} {P} {T}",
    "an air strike by {Aair} hit {X} {P} {T}",
    "{Aair} bombed {X} {P} {T}",
    "{Aair} targeted {X} {P} {T}",
)
_AIR_UNATTRIBUTED = (
    "an air strike hit {X} {P} {T}",
    "a drone strike targeted {X} {P} {T}",
    "warplanes struck {X} {P} {T}",
    "{X} {P} came under aerial bombardment {T}",
)
_CIVILIAN_TARGETS = (
    "a residential building",
    "a busy market",
    "a house",
    "a school",
    "a fuel station",
    "a vehicle carrying civilians",
    "farmland",
    "a water station",
    "a bakery",
)
_MILITARY_TARGETS = (
    "positions of {B}",
    "a convoy of {B}",
    "hideouts used by {B}",
    "weapons depots belonging to {B}",
    "a headquarters of {B}",
    "a vehicle carrying {B}",
    "a gathering of {B}",
)


def _target_phrase(c: _Ctx, target: _Actor) -> str:
    if target.name.startswith("Civilians"):
        return c.rng.choice(_CIVILIAN_TARGETS)
    return c.rng.choice(_MILITARY_TARGETS).format(B=_form(c, target))


def _air_strike(c: _Ctx) -> _Core:
    a, targets = c.rng.choice(c.country.air)
    target = c.rng.choice(targets)
    place = _place(c, a, *(() if target.name.startswith("Civilians") else (target,)))
    slots = _slots(c, place, a) | {"X": _target_phrase(c, target)}
    details: list[str] = []
    if c.rng.random() < 0.25:
        lead = _render(c, _AIR_UNATTRIBUTED, slots)
        details.append(_attribution(c, a, "strike"))
    else:
        lead = _render(c, _AIR_LEADS, slots)
    toll = _toll(c, _victims_of(c, target), p_dead=0.7, max_dead=20, p_hurt=0.5, max_hurt=30, denier=a)
    return _Core(
        lead=lead, actor1=a, actor2=target, place=place, noun="air strike", toll=toll, details=details
    )


_SUICIDE_LEADS = (
    "a suicide bomber blew himself up {X} {P} {T}",
    "a suicide car bomb exploded {X} {P} {T}",
    "an attacker wearing an explosive vest detonated it {X} {P} {T}",
    "a suicide bomber rammed an explosives-laden vehicle into {Xn} {P} {T}",
    "a suicide attack struck {Xn} {P} {T}",
)
_SUICIDE_SITES = (  # (adverbial, noun, who is hit: civilians, police or state forces)
    ("at an army checkpoint", "an army checkpoint", "state"),
    ("outside a mosque", "a mosque", "civilians"),
    ("at a busy market", "a busy market", "civilians"),
    ("near a police station", "a police station", "police"),
    ("at the gate of a military base", "a military base", "state"),
    ("inside a wedding hall", "a wedding hall", "civilians"),
    ("at a bus station", "a bus station", "civilians"),
    ("outside a police academy", "a police academy", "police"),
)


def _suicide_bomb(c: _Ctx) -> _Core:
    attributed = c.rng.random() < 0.7
    a = c.rng.choice(c.country.bombers) if attributed else c.country.unidentified
    site, site_noun, hit = c.rng.choice(_SUICIDE_SITES)
    target = {"state": c.country.state, "police": c.country.police}.get(hit, c.country.civilians)
    place = _place(c, a)
    lead = _render(c, _SUICIDE_LEADS, _slots(c, place, a) | {"X": site, "Xn": site_noun})
    details = (
        [_attribution(c, a, "bombing")]
        if attributed
        else [
            c.rng.choice(
                (
                    "No group immediately claimed responsibility.",
                    "No one has claimed the attack so far.",
                    "It was not clear who was behind the bombing.",
                )
            )
        ]
    )
    toll = _toll(c, _victims_of(c, target), p_dead=0.9, max_dead=40, p_hurt=0.8, max_hurt=80)
    return _Core(
        lead=lead, actor1=a, actor2=target, place=place, noun="suicide bombing", toll=toll, details=details
    )


_SHELL_LEADS = (
    "{A} shelled {N} {T}",
    "artillery shells fired by {A} hit {N} {T}",
    "{A} pounded {N} with artillery and rocket fire {T}",
    "rockets fired from positions held by {A} landed {P} {T}",
    "mortar rounds fired by {A} struck {N} {T}",
    "{A} launched a missile attack on {N} {T}",
    "{A} fired a barrage of rockets at {N} {T}",
)
_SHELL_UNATTRIBUTED = (
    "{N} came under heavy artillery fire {T}",
    "several mortar rounds struck {N} {T}",
    "a missile hit {N} {T}",
    "rockets slammed into {N} {T}",
)


def _shelling(c: _Ctx) -> _Core:
    a, targets = c.rng.choice(c.country.fire)
    target = c.rng.choice(targets)
    place = _place(c, a, *(() if target.name.startswith("Civilians") else (target,)))
    slots = _slots(c, place, a)
    details: list[str] = []
    if c.rng.random() < 0.25:
        lead = _render(c, _SHELL_UNATTRIBUTED, slots)
        details.append(_attribution(c, a, "shelling"))
    else:
        lead = _render(c, _SHELL_LEADS, slots)
    toll = _toll(c, _victims_of(c, target), p_dead=0.55, max_dead=12, p_hurt=0.6, max_hurt=25, denier=a)
    return _Core(lead=lead, actor1=a, actor2=target, place=place, noun="shelling", toll=toll, details=details)


_IED_LEADS = (
    "a roadside bomb struck a vehicle carrying {X} {P} {T}",
    "a landmine blew up a car carrying {X} {P} {T}",
    "a magnetic bomb attached to a car carrying {X} went off {P} {T}",
    "an improvised explosive device went off as a vehicle carrying {X} drove past {P} {T}",
)
_IED_FORCE_LEADS = (
    "an improvised explosive device exploded as a patrol of {X} passed {P} {T}",
    "a roadside bomb hit a convoy of {X} {P} {T}",
    "an IED planted on the road targeted a patrol of {X} {P} {T}",
)
_IED_CIVILIAN_LEADS = (
    "a bomb planted in a parked car exploded near a crowded market {P} {T}",
    "an explosive device hidden in a motorcycle detonated near a bus station {P} {T}",
    "a landmine exploded under a tractor carrying {X} {P} {T}",
    "an explosive device left by the roadside went off as {X} walked past {P} {T}",
)


def _ied(c: _Ctx) -> _Core:
    attributed = bool(c.country.groups) and c.rng.random() < 0.6
    a = c.rng.choice(c.country.groups) if attributed else c.country.unidentified
    target = c.rng.choice((c.country.civilians, c.country.state, c.country.police))
    place = _place(c, a)
    victims = _victims_of(c, target)
    civilian = target.name.startswith("Civilians")
    x = victims[1] if civilian else _form(c, target)
    templates = _IED_LEADS + (_IED_CIVILIAN_LEADS if civilian else _IED_FORCE_LEADS)
    lead = _render(c, templates, _slots(c, place, a) | {"X": x})
    details = (
        [_attribution(c, a, "bombing")]
        if attributed
        else [
            c.rng.choice(
                (
                    "No group claimed the attack.",
                    "It was not immediately clear who planted the device.",
                    "Police said they had opened an investigation into who planted the bomb.",
                )
            )
        ]
    )
    toll = _toll(c, victims, p_dead=0.7, max_dead=15, p_hurt=0.6, max_hurt=20)
    return _Core(lead=lead, actor1=a, actor2=target, place=place, noun="bombing", toll=toll, details=details)


_GRENADE_LEADS = (
    "{A} threw a hand grenade at {X} {P} {T}",
    "a grenade was hurled into {X} {P} {T}",
    "{A} attacked {X} with grenades {P} {T}",
    "a hand grenade thrown by {A} exploded outside {X} {P} {T}",
)
_GRENADE_SITES = (
    "a police post",
    "a crowded cafe",
    "a shop",
    "a house",
    "a bus stop",
    "a checkpoint",
    "a mosque",
)


def _grenade(c: _Ctx) -> _Core:
    groups = c.country.groups
    a = c.country.unidentified if c.rng.random() < 0.6 or not groups else c.rng.choice(groups)
    site = c.rng.choice(_GRENADE_SITES)
    target = c.country.police if site in ("a police post", "a checkpoint") else c.country.civilians
    place = _place(c, a)
    lead = _render(c, _GRENADE_LEADS, _slots(c, place, a) | {"X": site})
    toll = _toll(c, _victims_of(c, target), p_dead=0.35, max_dead=5, p_hurt=0.85, max_hurt=15)
    return _Core(lead=lead, actor1=a, actor2=target, place=place, noun="grenade attack", toll=toll)


_SEXUAL_LEADS = (
    "{A} were accused of raping {K} women during a raid {P} {T}",
    "{K} women were sexually assaulted by {A} {P} {T}, {C} said",
    "{C} documented the rape of {K} women by {A} {P} {T}",
    "{A} abducted and raped {K} women {P} {T}, according to {C}",
)


def _sexual_violence(c: _Ctx) -> _Core:
    a = c.rng.choice((*c.country.groups, c.country.state, c.country.unidentified))
    place = _place(c, a)
    count = _num(c.rng, c.rng.randint(2, 9))
    lead = _render(c, _SEXUAL_LEADS, _slots(c, place, a) | {"K": count, "C": _claimant(c)})
    details = [
        c.rng.choice(
            (
                "The survivors were taken to a clinic run by an aid group.",
                "Rights groups said such abuses often go unreported.",
                "Local leaders called for an investigation.",
            )
        )
    ]
    return _Core(
        lead=lead,
        actor1=a,
        actor2=c.country.civilians,
        place=place,
        noun="sexual violence",
        details=details,
        toll=_Toll(),
    )


_ATTACK_LEADS = (
    "{A} opened fire on a minibus {P} {T}",
    "{A} attacked {N} {T}, shooting at residents",
    "{A} stormed a village {P} {T} and opened fire on residents",
    "{A} shot at {V} {P} {T}",
    "{A} raided a market {P} {T} and fired on shoppers",
    "{A} attacked a group of farmers working in their fields {P} {T}",
    "{A} set fire to houses with families inside {P} {T}",
    "{V} came under attack by {A} {P} {T}",
)
_BODIES_LEAD = "the bodies of {V} were found {P} {T}; they had been shot dead"


def _attack(c: _Ctx) -> _Core:
    a = c.rng.choice((*c.country.groups, c.country.state, c.country.unidentified, c.country.unidentified))
    place = _place(c, a)
    victims = _civilian_noun(c)
    toll = _toll(c, victims, p_dead=0.9, max_dead=12, p_hurt=0.4, max_hurt=10, denier=a)
    if toll.fatalities == 0 and toll.injuries == 0:
        toll = _Toll(suffix=f", wounding {_count_phrase(c.rng, 2, victims)[0]}", injuries=2)
    slots = _slots(c, place, a) | {"V": victims[1]}
    if a is c.country.unidentified and toll.headline_dead > 1 and c.rng.random() < 0.2:
        phrase, value = _count_phrase(c.rng, toll.headline_dead, victims)
        lead = _render(c, (_BODIES_LEAD,), slots | {"V": phrase})
        toll = _Toll(fatalities=value, headline_dead=value)
    else:
        lead = _render(c, _ATTACK_LEADS, slots)
    return _Core(lead=lead, actor1=a, actor2=c.country.civilians, place=place, noun="attack", toll=toll)


_ABDUCTION_LEADS = (
    "{A} abducted {K} {P} {T}",
    "{A} kidnapped {K} travelling on the road {P} {T}",
    "{K} were seized by {A} {P} {T}",
    "{A} took {K} hostage during a raid {P} {T}",
    "{A} stopped a bus {P} {T} and forced {K} off at gunpoint",
)
_DISAPPEAR_LEAD = "{A} detained {K} {P} {T}, and their relatives say they have not been seen since"
_ABDUCTION_DETAILS = (
    "The kidnappers later demanded a ransom, relatives said.",
    "Security forces said they had launched a search operation.",
    "Local leaders appealed for their release.",
)
_DISAPPEAR_DETAILS = (
    "Officials have not said where they are being held.",
    "A rights group said the detainees had been denied access to lawyers.",
    "Their families have filed complaints with local authorities.",
)


def _abduction(c: _Ctx) -> _Core:
    a = c.rng.choice((*c.country.groups, c.country.unidentified, c.country.unidentified))
    place = _place(c, a)
    noun = c.rng.choice((*_CIVILIAN_NOUNS, *_TRAVELLER_NOUNS))
    phrase, _value = _count_phrase(c.rng, c.rng.randint(2, 30), noun)
    templates: tuple[str, ...] = _ABDUCTION_LEADS
    details: tuple[str, ...] = _ABDUCTION_DETAILS
    if c.rng.random() < 0.15:
        a, templates, details = c.country.state, (_DISAPPEAR_LEAD,), _DISAPPEAR_DETAILS
    lead = _render(c, templates, _slots(c, place, a) | {"K": phrase})
    toll = _toll(c, noun, p_dead=0.1, max_dead=3, p_hurt=0.1, max_hurt=4)
    return _Core(
        lead=lead,
        actor1=a,
        actor2=c.country.civilians,
        place=place,
        noun="kidnapping",
        toll=toll,
        details=[c.rng.choice(details)],
    )


_PROTEST_LEADS = (
    "hundreds of residents protested {P} {T} against {Q}",
    "demonstrators gathered {P} {T} to denounce {Q}",
    "{K} staged a sit-in outside the governor's office {P} {T} over {Q}",
    "a march against {Q} took place {P} {T}",
    "traders closed their shops and rallied {P} {T} to protest against {Q}",
    "students marched through the streets {P} {T}, chanting slogans against {Q}",
)
_PROTEST_CROWDS = (
    "hundreds of people",
    "dozens of teachers",
    "several hundred residents",
    "about 200 women",
    "dozens of displaced people",
    "relatives of detainees",
    "dozens of farmers",
)


def _protest_slots(c: _Ctx, place: _Place) -> dict[str, str]:
    causes = (*c.country.causes, *_GENERIC_CAUSES)
    return _slots(c, place) | {"Q": c.rng.choice(causes), "K": c.rng.choice(_PROTEST_CROWDS)}


def _peaceful_protest(c: _Ctx) -> _Core:
    place = _place(c, exact=c.rng.random() < 0.7)
    lead = _render(c, _PROTEST_LEADS, _protest_slots(c, place))
    details = [
        c.rng.choice(
            (
                "The protest ended peacefully in the afternoon.",
                "No incidents were reported.",
                "Organisers said they would return next week if their demands were not met.",
                "Protesters carried banners and chanted slogans.",
            )
        )
    ]
    return _Core(
        lead=lead,
        actor1=_protesters(c),
        actor2=None,
        place=place,
        noun="protest",
        details=details,
        violent=False,
    )


def _protesters(c: _Ctx) -> _Actor:
    name = c.country.name
    return _actor(f"Protesters ({name})", "protesters", member="protester/protesters")


def _rioters(c: _Ctx) -> _Actor:
    return _actor(f"Rioters ({c.country.name})", "rioters", member="rioter/rioters")


_INTERVENTION_LEADS = (
    "{A} dispersed a protest {P} {T} against {Q}",
    "{A} fired tear gas to break up a demonstration {P} {T} over {Q}",
    "{A} arrested several demonstrators when they broke up a sit-in {P} {T} against {Q}",
    "a peaceful rally against {Q} {P} was broken up by {A} {T}",
    "{A} used batons and water cannon to disperse {K} protesting against {Q} {P} {T}",
)


def _protest_intervention(c: _Ctx) -> _Core:
    force = c.country.police
    place = _place(c, exact=c.rng.random() < 0.7)
    lead = _render(c, _INTERVENTION_LEADS, _protest_slots(c, place) | {"A": _form(c, force)})
    details = [
        c.rng.choice(
            (
                "Some protesters were briefly detained and later released.",
                "The crowd had gathered peacefully before the police moved in.",
                "Organisers condemned the heavy-handed response.",
            )
        )
    ]
    return _Core(
        lead=lead,
        actor1=_protesters(c),
        actor2=force,
        place=place,
        noun="protest",
        details=details,
        violent=False,
    )


_EXCESSIVE_LEADS = (
    "{A} opened fire on protesters {P} {T}",
    "{A} fired live ammunition at a peaceful demonstration {P} {T} against {Q}",
    "{A} shot at demonstrators marching {P} {T} against {Q}",
    "a protest against {Q} {P} turned deadly {T} when {A} opened fire on the crowd",
)


def _excessive_force(c: _Ctx) -> _Core:
    force = c.rng.choice((c.country.police, c.country.state))
    place = _place(c, exact=c.rng.random() < 0.8)
    lead = _render(c, _EXCESSIVE_LEADS, _protest_slots(c, place) | {"A": _form(c, force)})
    noun = c.rng.choice(_PROTESTER_NOUNS)
    toll = _toll(c, noun, p_dead=0.85, max_dead=8, p_hurt=0.6, max_hurt=40, denier=force)
    if toll.fatalities == 0 and toll.injuries == 0:
        wounded = f"Medics said {_num(c.rng, 4)} protesters were seriously wounded by gunfire."
        toll = _Toll(sentences=[wounded], injuries=4)
    return _Core(lead=lead, actor1=force, actor2=_protesters(c), place=place, noun="crackdown", toll=toll)


_RIOT_LEADS = (
    "protesters set fire to tyres and threw stones at police {P} {T} over {Q}",
    "angry residents torched a police station {P} {T} after {Q2}",
    "demonstrators stormed and ransacked the local government office {P} {T} over {Q}",
    "young men blocked the main road with burning tyres {P} {T}, angry over {Q}",
    "a protest over {Q} {P} turned violent {T} as demonstrators smashed shop windows and clashed with police",
)
_RIOT_TRIGGERS = (
    "the death of a young man in police custody",
    "a fatal road accident involving a police vehicle",
    "the arrest of a popular preacher",
    "weeks without electricity",
)


def _violent_demonstration(c: _Ctx) -> _Core:
    place = _place(c, exact=c.rng.random() < 0.7)
    slots = _protest_slots(c, place) | {"Q2": c.rng.choice(_RIOT_TRIGGERS)}
    lead = _render(c, _RIOT_LEADS, slots)
    police = c.country.police if "police" in lead else None
    toll = _toll(
        c,
        c.rng.choice((("police officer", "police officers"), ("protester", "protesters"))),
        p_dead=0.1,
        max_dead=2,
        p_hurt=0.45,
        max_hurt=15,
    )
    return _Core(lead=lead, actor1=_rioters(c), actor2=police, place=place, noun="riot", toll=toll)


_MOB_LEADS = (
    "a mob beat to death {K} accused of theft {P} {T}",
    "residents lynched {K} suspected of kidnapping {P} {T}",
    "villagers armed with sticks and machetes attacked {K} accused of witchcraft {P} {T}",
    "a crowd set upon {K} after a traffic accident {P} {T}",
)


def _mob_violence(c: _Ctx) -> _Core:
    place = _place(c, exact=c.rng.random() < 0.7)
    victims = c.rng.choice((("man", "men"), ("youth", "youths"), ("young man", "young men")))
    count = c.rng.randint(1, 3)
    phrase, value = _count_phrase(c.rng, count, victims)
    lead = _render(c, _MOB_LEADS, _slots(c, place) | {"K": phrase})
    killed = value if ("to death" in lead or "lynched" in lead) else 0
    hurt = 0 if killed else value
    sentence = _attribute(c, f"{phrase} {_be(phrase)} {'killed' if killed else 'badly injured'}")
    toll = _Toll(sentences=[sentence], fatalities=killed, injuries=hurt, headline_dead=killed)
    return _Core(
        lead=lead, actor1=_rioters(c), actor2=c.country.civilians, place=place, noun="mob attack", toll=toll
    )


_AGREEMENT_LEADS = (
    "{A} and {B} agreed to a ceasefire {P} {T}",
    "{A} and {B} signed a local truce {P} {T} brokered by {M}",
    "{A} and {B} carried out a prisoner exchange {P} {T} under a deal mediated by {M}",
    "a deal between {A} and {B} to reopen the road {P} was reached {T} after talks mediated by {M}",
    "{A} and {B} agreed {T} to withdraw heavy weapons from {N}, {M} announced",
)
_MEDIATORS = (
    "tribal elders",
    "the United Nations",
    "the International Committee of the Red Cross",
    "religious leaders",
    "a committee of local notables",
    "neighbouring governments",
)


def _agreement(c: _Ctx) -> _Core:
    a, b = c.rng.choice(c.country.ground)
    place = _place(c, a, b, exact=c.rng.random() < 0.6)
    lead = _render(c, _AGREEMENT_LEADS, _slots(c, place, a, b) | {"M": c.rng.choice(_MEDIATORS)})
    details = [
        c.rng.choice(
            (
                "The agreement is due to take effect at midnight.",
                "Previous truces in the area collapsed within days.",
                "The terms of the deal were not made public.",
            )
        )
    ]
    return _Core(
        lead=lead, actor1=a, actor2=b, place=place, noun="ceasefire deal", details=details, violent=False
    )


_ARREST_GROUP_LEADS = (
    "{A} arrested {K} suspected members of {B} {P} {T}",
    "{A} detained {K} people accused of belonging to {B} during a raid {P} {T}",
    "{K} suspected {B} collaborators were arrested by {A} {P} {T}",
)
_ARREST_CIVILIAN_LEADS = (
    "{A} arrested {K} activists {P} {T}",
    "{A} detained a journalist {P} {T} after he reported on {Q}",
    "{A} rounded up {K} young men {P} {T} in a series of house searches",
)


def _arrests(c: _Ctx) -> _Core:
    a = c.country.police if c.rng.random() < 0.7 else c.country.state
    count = _num(c.rng, c.rng.randint(2, 25))
    if c.country.groups and c.rng.random() < 0.6:
        b = c.rng.choice(c.country.groups)
        place = _place(c, b)
        lead = _render(c, _ARREST_GROUP_LEADS, _slots(c, place, a, b) | {"K": count})
    else:
        b = c.country.civilians
        place = _place(c, exact=True)
        lead = _render(c, _ARREST_CIVILIAN_LEADS, _protest_slots(c, place) | {"A": _form(c, a), "K": count})
    details = [
        c.rng.choice(
            (
                "The detainees were taken to an undisclosed location.",
                "Weapons and mobile phones were seized during the raid, officials said.",
                "Rights groups demanded their release.",
            )
        )
    ]
    return _Core(lead=lead, actor1=a, actor2=b, place=place, noun="arrests", details=details, violent=False)


_CHANGE_LEADS = (
    "{A} sent large reinforcements to {N} {T}",
    "{A} imposed a curfew {P} {T}",
    "{A} deployed additional troops and armoured vehicles {P} {T}",
    "{A} announced {T} the merger of several units operating {P}",
    "{A} closed all roads leading to {N} {T}",
    "{A} announced a new commander for its forces {P} {T}",
)


def _change_to_group(c: _Ctx) -> _Core:
    a = c.rng.choice((c.country.state, *c.country.groups))
    place = _place(c, a)
    lead = _render(c, _CHANGE_LEADS, _slots(c, place, a))
    return _Core(lead=lead, actor1=a, actor2=None, place=place, noun="deployment", violent=False)


_DISRUPT_LEADS = (
    "{A} defused a roadside bomb planted by {B} {P} {T}",
    "{A} seized a cache of weapons and explosives belonging to {B} {P} {T}",
    "{A} shot down a drone launched by {B} over {N} {T}",
    "{A} intercepted rockets fired by {B} at {N} {T}",
    "{A} dismantled an explosives workshop run by {B} {P} {T}",
)


def _disrupted_weapons(c: _Ctx) -> _Core:
    a, b = c.rng.choice([(x, y) for x, y in c.country.ground if x.state] or list(c.country.ground))
    place = _place(c, a, b)
    lead = _render(c, _DISRUPT_LEADS, _slots(c, place, a, b))
    return _Core(
        lead=lead,
        actor1=a,
        actor2=b,
        place=place,
        noun="foiled attack",
        violent=False,
        details=[c.rng.choice(_NO_CASUALTIES)],
    )


_BASE_LEADS = (
    "{A} set up a new base {P} {T}",
    "{A} established a military outpost {P} {T}",
    "{A} turned a school {P} into a headquarters {T}",
    "{A} built a new position on a hill overlooking {N} {T}",
)


def _base_established(c: _Ctx) -> _Core:
    a = c.rng.choice((c.country.state, *c.country.groups))
    place = _place(c, a)
    lead = _render(c, _BASE_LEADS, _slots(c, place, a))
    return _Core(lead=lead, actor1=a, actor2=None, place=place, noun="new base", violent=False)


_LOOTING_LEADS = (
    "{A} looted shops and set fire to houses {P} {T}",
    "{A} stole hundreds of cattle from herders {P} {T}",
    "{A} burned down a school and a health centre {P} {T}",
    "{A} ransacked the market {P} {T}, carrying off goods and fuel",
    "houses were demolished by {A} {P} {T}",
)


def _looting(c: _Ctx) -> _Core:
    a = c.rng.choice((*c.country.groups, c.country.state, c.country.unidentified))
    place = _place(c, a)
    lead = _render(c, _LOOTING_LEADS, _slots(c, place, a))
    details = [
        c.rng.choice(
            (
                "No casualties were reported.",
                "The residents had fled before the attackers arrived.",
                "No one was hurt, but many families lost everything they owned.",
            )
        )
    ]
    return _Core(
        lead=lead,
        actor1=a,
        actor2=c.country.civilians,
        place=place,
        noun="looting",
        details=details,
        violent=False,
    )


_TRANSFER_LEADS = (
    "{B} handed over {N} to {A} {T} without a fight",
    "{B} withdrew from {N} {T}, and {A} moved in without meeting resistance",
    "{A} took over positions in {N} vacated by {B} {T}",
    "{A} entered {N} unopposed {T} after {B} pulled out under a local deal",
)


def _non_violent_transfer(c: _Ctx) -> _Core:
    a, b = c.rng.choice(c.country.ground)
    place = _territory_place(c, a, b)
    lead = _render(c, _TRANSFER_LEADS, _slots(c, place, a, b))
    return _Core(
        lead=lead,
        actor1=a,
        actor2=b,
        place=place,
        noun="handover",
        violent=False,
        details=["No fighting was reported."],
    )


_OTHER_LEADS = (
    "{K} families fled {N} {T}, fearing an imminent offensive",
    "{A} released {K} prisoners {P} {T} as a goodwill gesture",
    "{A} handed over the bodies of {K} fighters {P} {T} through mediators",
)


def _other(c: _Ctx) -> _Core:
    template = c.rng.choice(_OTHER_LEADS)
    count = _num(c.rng, c.rng.randint(2, 120))
    if template.startswith("{K} families"):
        actor = c.country.civilians
    else:
        actor = c.rng.choice((c.country.state, *c.country.groups))
    place = _place(c, actor)
    lead = _render(c, (template,), _slots(c, place, actor) | {"K": count})
    return _Core(lead=lead, actor1=actor, actor2=None, place=place, noun="development", violent=False)


_Composer = Callable[[_Ctx], _Core]
# Sampling weights follow the rough frequency order of sub-event types in ACLED's data (clashes, attacks and
# shelling most common), floored at 2 so the rarest types still make ~2% of reports (~190 in 10,000),
# enough examples for the event-type classifier to learn from.
_COMPOSERS: dict[SubEventType, tuple[_Composer, int]] = {  # sub-event type -> composer, sampling weight
    _S.ARMED_CLASH: (_armed_clash, 10),
    _S.GOVERNMENT_REGAINS_TERRITORY: (_government_regains, 3),
    _S.NON_STATE_ACTOR_OVERTAKES_TERRITORY: (_non_state_overtakes, 3),
    _S.CHEMICAL_WEAPON: (_chemical, 2),
    _S.AIR_DRONE_STRIKE: (_air_strike, 7),
    _S.SUICIDE_BOMB: (_suicide_bomb, 3),
    _S.SHELLING: (_shelling, 8),
    _S.REMOTE_EXPLOSIVE: (_ied, 6),
    _S.GRENADE: (_grenade, 3),
    _S.SEXUAL_VIOLENCE: (_sexual_violence, 2),
    _S.ATTACK: (_attack, 8),
    _S.ABDUCTION: (_abduction, 4),
    _S.PEACEFUL_PROTEST: (_peaceful_protest, 7),
    _S.PROTEST_WITH_INTERVENTION: (_protest_intervention, 4),
    _S.EXCESSIVE_FORCE: (_excessive_force, 3),
    _S.VIOLENT_DEMONSTRATION: (_violent_demonstration, 4),
    _S.MOB_VIOLENCE: (_mob_violence, 3),
    _S.AGREEMENT: (_agreement, 2),
    _S.ARRESTS: (_arrests, 4),
    _S.CHANGE_TO_GROUP: (_change_to_group, 3),
    _S.DISRUPTED_WEAPONS_USE: (_disrupted_weapons, 3),
    _S.HEADQUARTERS_ESTABLISHED: (_base_established, 2),
    _S.LOOTING: (_looting, 3),
    _S.NON_VIOLENT_TRANSFER: (_non_violent_transfer, 2),
    _S.OTHER: (_other, 2),
}
_SUB_TYPES: tuple[SubEventType, ...] = tuple(_COMPOSERS)
_WEIGHTS: tuple[int, ...] = tuple(weight for _composer, weight in _COMPOSERS.values())


def _supports(country: _Country, sub: SubEventType) -> bool:
    """Whether the country's lexicon can stage this kind of event realistically."""
    if sub is _S.CHEMICAL_WEAPON:
        return bool(country.chemical)
    if sub is _S.AIR_DRONE_STRIKE:
        return bool(country.air)
    if sub is _S.SHELLING:
        return bool(country.fire)
    if sub is _S.SUICIDE_BOMB:
        return bool(country.bombers)
    if sub is _S.GOVERNMENT_REGAINS_TERRITORY:
        return any(x.state and not y.state for x, y in country.ground)
    if sub is _S.NON_STATE_ACTOR_OVERTAKES_TERRITORY:
        return any(not x.state for x, _y in country.ground)
    return True


_COUNTRIES_FOR: dict[SubEventType, tuple[_Country, ...]] = {
    sub: tuple(country for country in _COUNTRIES if _supports(country, sub)) for sub in _SUB_TYPES
}


# ----------------------------------------------------------------------------------------------------------
# Assembling a report
# ----------------------------------------------------------------------------------------------------------

_START = date(2023, 1, 1)
_SPAN_DAYS = 670  # publication dates from January 2023 to October 2024 (actor names' periods hold throughout)


def _build_report(rng: random.Random, report_id: str) -> SyntheticReport:
    sub = rng.choices(_SUB_TYPES, weights=_WEIGHTS)[0]
    country = rng.choice(_COUNTRIES_FOR[sub])
    ctx = _new_context(rng, country)
    core = _COMPOSERS[sub][0](ctx)
    return SyntheticReport(
        id=report_id,
        text=_write_text(ctx, core),
        published=ctx.published,
        outlet=ctx.outlet,
        event_type=str(event_type_of(sub)),
        sub_event_type=str(sub),
        actor1=core.actor1.name,
        actor2=core.actor2.name if core.actor2 else None,
        location=core.place.location,
        country=country.name,
        fatalities=core.toll.fatalities,
        injuries=core.toll.injuries,
        event_date=ctx.event_date,
        admin1=core.place.admin1,
        geo_precision=core.place.precision,
    )


def _new_context(rng: random.Random, country: _Country) -> _Ctx:
    published = _START + timedelta(days=rng.randrange(_SPAN_DAYS))
    when, event_date = _when(rng, published)
    style = rng.choice(tuple(_Style))
    outlet = rng.choice(_OUTLETS[style]).format(adj=country.adjective)
    return _Ctx(
        rng=rng,
        country=country,
        style=style,
        outlet=outlet,
        published=published,
        event_date=event_date,
        when=when,
    )


def _write_text(c: _Ctx, core: _Core) -> str:
    """Headline, lead, then the event's details and the context sentences in a varied order."""
    lead = _dateline(c) + core.lead + core.toll.suffix + "."
    blocks = [core.details + core.toll.sentences] if core.details or core.toll.sentences else []
    blocks += [[sentence] for sentence in _context_sentences(c, core)]
    c.rng.shuffle(blocks)
    sentences = [lead] + [s for block in blocks for s in block]
    body = _paragraphs(c.rng, sentences)
    if c.style is _Style.BLOG and c.rng.random() < 0.6:
        body += "\n\n" + c.rng.choice(_BLOG_BOILERPLATE)
    if c.rng.random() < 0.85:
        return _headline(c, core) + "\n\n" + body
    return body


def _dateline(c: _Ctx) -> str:
    if c.style not in (_Style.WIRE, _Style.LOCAL) or c.rng.random() < 0.3:
        return ""
    city = c.rng.choice(c.country.datelines)
    day = f"{_MONTHS[c.published.month - 1]} {c.published.day}"
    return c.rng.choice((f"{city}, {day} ({c.outlet}) - ", f"{city} ({c.outlet}) - ", f"{city}, {day} - "))


def _context_sentences(c: _Ctx, core: _Core) -> list[str]:
    """Sentences that code to nothing: background, verification caveats, quotes, an older incident."""
    rng, out = c.rng, []
    admin = _admin_phrase(c.country, core.place.admin1)
    pool = (*_GENERIC_BACKGROUND, *c.country.background)
    for sentence in rng.sample(pool, k=rng.choice((0, 1, 1, 2, 2, 3))):
        out.append(_cap(sentence.format(admin=admin, Admin=_cap(admin))))
    if core.violent and rng.random() < 0.3:
        out.append(rng.choice(_VERIFY).format(outlet=c.outlet))
    if rng.random() < 0.2:
        quotes = _VIOLENT_QUOTES if core.violent else _PROTEST_QUOTES
        out.append(rng.choice(quotes).format(outlet=c.outlet))
    if core.violent and rng.random() < 0.08:
        out.append(_older_incident(c))
    return out


def _older_incident(c: _Ctx) -> str:
    town = c.rng.choice(c.country.towns).name
    n = _num(c.rng, c.rng.randint(2, 12))
    return c.rng.choice(
        (
            f"Last month, a similar incident near {town} killed {n} people.",
            f"In March last year, {n} people died in a comparable incident in {town}.",
        )
    )


def _paragraphs(rng: random.Random, sentences: list[str]) -> str:
    paragraphs, current = [], [sentences[0]]
    for sentence in sentences[1:]:
        if rng.random() < 0.45:
            paragraphs.append(" ".join(current))
            current = []
        current.append(sentence)
    paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def _headline(c: _Ctx, core: _Core) -> str:
    rng, town, noun = c.rng, core.place.town, core.noun
    dead = core.toll.headline_dead
    if dead and rng.random() < 0.7:
        verb = "kill" if noun == "clashes" else "kills"
        options = (
            f"{dead} killed in {noun} in {town}",
            f"{_cap(noun)} {verb} {dead} in {town}",
            f"{dead} dead after {noun} near {town}",
            f"{town}: {dead} killed in {noun}",
        )
    else:
        options = (
            f"{_cap(noun)} reported in {town}",
            f"{town}: {noun}",
            f"{_cap(noun)} in {town}, {c.country.name}",
            f"New {noun} in {town}",
        )
    return rng.choice(options)


__all__ = ["SyntheticReport", "generate_reports"]
