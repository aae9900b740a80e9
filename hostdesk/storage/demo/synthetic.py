"""Deterministic synthetic families for the demo vault and the benchmark.

Pure Python, no database: every family is drawn from its own ``random.Random``
seeded with ``(seed, index)``, so family 42 is the same whether 60 or 25,000
are generated, and the same seed always gives the same data. Dates are laid
out around ``today`` so that the alerts a social worker sees (ARP expiring,
ISS transition, unanswered referrals, children without school) all occur.

Names are written in their own script (Arabic, Dari/Pashto, Tigrinya and
Amharic in Ge'ez, Ukrainian in Cyrillic) beside a Latin transliteration, and
the Latin spelling varies from one document to the next as it does in real
case files. All people, addresses, numbers and notes are invented.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from hostdesk.domain.allowance import DEFAULT_RATES, HouseholdMember, monthly_allowance
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.programme import PAR_FAMILIES_MONTHS, STANDARD_MONTHS, ProgrammeClock
from hostdesk.domain.vocabulary import (
    ActivityKind,
    ArrivalChannel,
    CaseType,
    CefrLevel,
    ConsentMethod,
    ConsentScope,
    CourseType,
    Dimension,
    DimensionStatus,
    EducationKind,
    EmploymentKind,
    ExitReason,
    FamilyStatus,
    GoalStatus,
    HousingKind,
    IdentifierKind,
    ReferralService,
    Relationship,
    Script,
    Sex,
)

# ---------------------------------------------------------------------------
# The records a family is made of. Members are referred to by their position
# in ``SynthFamily.members``; the writer turns positions into database ids.


@dataclass(slots=True)
class SynthIdentifier:
    kind: str
    value: str
    issued_by: str = ""
    expires_on: date | None = None


@dataclass(slots=True)
class SynthPermit:
    number: str
    issued_on: date
    expires_on: date
    renewal_appointment: date | None = None
    notes: str = ""


@dataclass(slots=True)
class SynthHealth:
    sns_registered: bool
    health_centre: str
    has_family_doctor: bool
    vaccinations_up_to_date: bool | None
    mental_health_followup: bool
    interpreter_needed: bool
    status: str
    notes: str = ""


@dataclass(slots=True)
class SynthEducation:
    kind: str
    institution: str
    level: str
    start_date: date | None
    end_date: date | None
    status: str
    notes: str = ""


@dataclass(slots=True)
class SynthCourse:
    course_type: str
    provider: str
    start_date: date
    end_date: date | None
    hours: int
    cefr_level_reached: str | None
    level_reached_on: date | None
    notes: str = ""


@dataclass(slots=True)
class SynthJob:
    kind: str
    employer: str
    sector: str
    start_date: date
    end_date: date | None
    notes: str = ""


@dataclass(slots=True)
class SynthConsent:
    scope: str
    given_on: date
    method: str
    document_ref: str = ""


@dataclass(slots=True)
class SynthMember:
    is_head: bool
    relationship: str
    name_latin: str
    name_original: str
    original_script: str
    sex: str
    birth: PartialDate | None
    nationality: str
    languages: list[str]
    vulnerabilities: list[str] = field(default_factory=list)
    is_unaccompanied_minor: bool = False
    identifiers: list[SynthIdentifier] = field(default_factory=list)
    permits: list[SynthPermit] = field(default_factory=list)
    health: SynthHealth | None = None
    education: list[SynthEducation] = field(default_factory=list)
    courses: list[SynthCourse] = field(default_factory=list)
    jobs: list[SynthJob] = field(default_factory=list)
    consents: list[SynthConsent] = field(default_factory=list)


@dataclass(slots=True)
class SynthHousing:
    kind: str
    address: str
    municipality: str
    start_date: date
    end_date: date | None
    monthly_rent_cents: int | None
    status: str
    notes: str = ""


@dataclass(slots=True)
class SynthGoal:
    dimension: str
    description: str
    status: str
    target_date: date | None
    achieved_on: date | None
    member: int | None = None


@dataclass(slots=True)
class SynthActivity:
    kind: str
    occurred_on: date
    place: str
    members_present: tuple[int, ...]
    # A general note (key "") and a note per dimension, as casework.compose_notes takes them.
    notes: dict[str, str]
    dimensions: tuple[str, ...]
    # Most entries are written by the family's own social worker.
    by_coordinator: bool = False


@dataclass(slots=True)
class SynthReferral:
    service: str
    dimension: str | None
    reason: str
    sent_on: date
    answered_on: date | None
    outcome: str
    member: int | None = None


@dataclass(slots=True)
class SynthPayment:
    period: str
    amount_cents: int
    paid_on: date
    note: str = ""


@dataclass(slots=True)
class SynthTask:
    description: str
    due_on: date | None
    done_on: date | None
    activity: int | None = None  # position in ``SynthFamily.activities``


@dataclass(slots=True)
class SynthFamily:
    index: int
    origin: str
    case_number: str
    nair_reference: str
    case_type: str
    arrival_channel: str
    arrival_date: date
    programme_start: date
    programme_months: int
    programme_end: date
    status: str
    exit_reason: str | None
    exit_date: date | None
    municipality: str
    # Which social worker follows the family; the writer maps it onto real users.
    worker: int
    members: list[SynthMember] = field(default_factory=list)
    housing: list[SynthHousing] = field(default_factory=list)
    goals: list[SynthGoal] = field(default_factory=list)
    activities: list[SynthActivity] = field(default_factory=list)
    referrals: list[SynthReferral] = field(default_factory=list)
    payments: list[SynthPayment] = field(default_factory=list)
    tasks: list[SynthTask] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Names: each entry is the name in its own script (empty for Latin-script
# origins) and its Latin spellings, the most common first.


@dataclass(frozen=True, slots=True)
class Name:
    original: str
    latin: tuple[str, ...]


def _names(*entries: tuple[str, str]) -> tuple[Name, ...]:
    return tuple(Name(orig, tuple(latin.split("|"))) for orig, latin in entries)


ARABIC_MALE = _names(
    ("محمد", "Mohammed|Muhammad|Mohamed|Mohammad|Mohamad"),
    ("أحمد", "Ahmed|Ahmad"),
    ("عبد الرحمن", "Abdulrahman|Abd al-Rahman|Abdelrahman|Abdul Rahman"),
    ("خالد", "Khaled|Khalid|Chaled"),
    ("يوسف", "Youssef|Yusuf|Yousef"),
    ("عمر", "Omar|Umar"),
    ("حسن", "Hassan|Hasan"),
    ("حسين", "Hussein|Hussain|Husein"),
    ("إبراهيم", "Ibrahim|Ebrahim"),
    ("مصطفى", "Mustafa|Moustafa|Mostafa"),
    ("محمود", "Mahmoud|Mahmood"),
    ("علي", "Ali"),
    ("سعيد", "Said|Saeed|Sa'id"),
    ("فراس", "Firas|Feras"),
    ("باسل", "Bassel|Basel"),
    ("طارق", "Tareq|Tariq|Tarek"),
    ("وليد", "Walid|Waleed"),
    ("جمال", "Jamal"),
    ("عبد الله", "Abdullah|Abdallah|Abdalla"),
    ("سامر", "Samer"),
    ("ماهر", "Maher"),
    ("رامي", "Rami"),
    ("أنس", "Anas"),
    ("حمزة", "Hamza|Hamzah"),
    ("عدنان", "Adnan"),
    ("زياد", "Ziad|Ziyad"),
    ("كريم", "Karim|Kareem"),
    ("نبيل", "Nabil|Nabeel"),
    ("منير", "Mounir|Munir"),
    ("ريان", "Rayan|Rayyan"),
    ("يامن", "Yamen|Yamin"),
)
IRAQI_MALE = ARABIC_MALE + _names(
    ("حيدر", "Haidar|Haider|Hayder"),
    ("عباس", "Abbas"),
    ("مرتضى", "Murtadha|Murtada"),
    ("سجاد", "Sajjad|Sajad"),
)
SUDANESE_MALE = ARABIC_MALE + _names(
    ("آدم", "Adam"),
    ("إسحاق", "Ishag|Ishaq|Ishak"),
    ("يعقوب", "Yagoub|Yaqub|Yacoub"),
    ("عثمان", "Osman|Othman|Uthman"),
    ("الصادق", "Elsadig|Al-Sadiq|Alsadig"),
    ("مبارك", "Mubarak|Moubarak"),
    ("حامد", "Hamid|Hamed"),
)
ARABIC_FEMALE = _names(
    ("فاطمة", "Fatima|Fatma|Fatimah|Fatema"),
    ("عائشة", "Aisha|Aicha|Aysha"),
    ("مريم", "Maryam|Mariam|Mariem"),
    ("زينب", "Zainab|Zeinab|Zaynab"),
    ("نور", "Nour|Noor|Nur"),
    ("هبة", "Hiba|Heba"),
    ("رنا", "Rana"),
    ("لينا", "Lina"),
    ("سارة", "Sara|Sarah"),
    ("آية", "Aya|Ayah"),
    ("رغد", "Raghad"),
    ("أمل", "Amal"),
    ("سلمى", "Salma"),
    ("ياسمين", "Yasmin|Yasmine|Jasmin"),
    ("خديجة", "Khadija|Khadidja|Khadeeja"),
    ("رهف", "Rahaf"),
    ("ليلى", "Layla|Leila|Laila"),
    ("هدى", "Huda|Hoda"),
    ("آمنة", "Amna|Amina|Aminah"),
    ("حواء", "Hawa|Hawaa"),
    ("رحاب", "Rehab|Rihab"),
    ("ديما", "Dima"),
    ("جنى", "Jana"),
    ("شهد", "Shahad"),
    ("زهراء", "Zahraa|Zahra"),
    ("رقية", "Ruqaya|Roukaya|Ruqayya"),
    ("إسراء", "Israa|Esraa"),
    ("دعاء", "Doaa|Duaa"),
)
SYRIAN_SURNAMES = _names(
    ("الخطيب", "Al-Khatib|Alkhatib|El-Khatib|Al Khatib"),
    ("الأحمد", "Al-Ahmad|Alahmad|Al Ahmed"),
    ("الحلبي", "Al-Halabi|Alhalabi|Halabi"),
    ("المصري", "Al-Masri|Almasri|El-Masry"),
    ("الشامي", "Al-Shami|Alshami|Al-Chami"),
    ("حداد", "Haddad"),
    ("النجار", "Al-Najjar|Alnajjar|Al-Najar"),
    ("العلي", "Al-Ali|Alali"),
    ("حمدان", "Hamdan"),
    ("الحسن", "Al-Hassan|Alhasan|Al-Hasan"),
    ("قاسم", "Qasim|Kassem|Kasim|Qassem"),
    ("درويش", "Darwish|Darwich|Derwish"),
    ("صالح", "Saleh|Salih"),
    ("الزعبي", "Al-Zoubi|Alzoubi|Al-Zubi"),
    ("الحمصي", "Al-Homsi|Alhomsi"),
    ("عثمان", "Othman|Osman"),
    ("السيد", "Al-Sayed|Alsayed|El-Sayed"),
    ("الحريري", "Al-Hariri|Alhariri"),
    ("العمر", "Al-Omar|Alomar"),
    ("حسون", "Hassoun|Hassun"),
    ("سليمان", "Suleiman|Sulaiman|Soliman"),
    ("العبد الله", "Al-Abdullah|Alabdallah"),
)
IRAQI_SURNAMES = _names(
    ("الجبوري", "Al-Jubouri|Al-Juburi|Aljubouri"),
    ("العبيدي", "Al-Obaidi|Al-Ubaidi|Alobaidi"),
    ("التميمي", "Al-Tamimi|Altamimi"),
    ("الدليمي", "Al-Dulaimi|Al-Dulaymi|Aldulaimi"),
    ("الساعدي", "Al-Saadi|Al-Saedi"),
    ("الربيعي", "Al-Rubaie|Al-Rubaiy|Alrubaie"),
    ("الموسوي", "Al-Musawi|Al-Moussawi|Almusawi"),
    ("الكبيسي", "Al-Kubaisi|Al-Kubaysi"),
    ("خلف", "Khalaf"),
    ("مراد", "Murad|Mourad"),
    ("البياتي", "Al-Bayati|Albayati"),
    ("حسن", "Hassan|Hasan"),
)
AFGHAN_MALE = _names(
    ("محمد", "Mohammad|Muhammad|Mohammed"),
    ("احمد", "Ahmad|Ahmed"),
    ("عبدالله", "Abdullah|Abdollah"),
    ("نجیب الله", "Najibullah|Najeebullah|Najib Ullah"),
    ("حمید", "Hamid|Hameed"),
    ("فرید", "Farid|Fareed"),
    ("جاوید", "Javid|Jawed|Javed"),
    ("ذبیح الله", "Zabihullah|Zabiullah"),
    ("سهراب", "Sohrab|Suhrab"),
    ("مسعود", "Masoud|Massoud|Masood"),
    ("رحیم", "Rahim|Raheem"),
    ("کریم", "Karim|Kareem"),
    ("شفیق", "Shafiq|Shafik"),
    ("عزیز", "Aziz"),
    ("نصیر", "Nasir|Naseer|Nassir"),
    ("بشیر", "Bashir|Basheer"),
    ("ولی", "Wali|Vali"),
    ("گل احمد", "Gul Ahmad|Gulahmad"),
    ("مرتضی", "Murtaza|Mortaza"),
    ("حکمت الله", "Hekmatullah|Hikmatullah"),
    ("امید", "Omid|Umid"),
    ("علی رضا", "Ali Reza|Alireza"),
    ("نوید", "Navid|Naweed"),
    ("سمیع الله", "Samiullah|Sami Ullah"),
)
AFGHAN_FEMALE = _names(
    ("فریبا", "Fariba|Fareeba"),
    ("زهرا", "Zahra|Zahraa"),
    ("مریم", "Maryam|Mariam"),
    ("فاطمه", "Fatima|Fatemeh|Fatema"),
    ("نرگس", "Nargis|Narges"),
    ("شکیلا", "Shakila|Shakeela"),
    ("ملالی", "Malalai|Malaly"),
    ("پروانه", "Parwana|Parvaneh"),
    ("فرزانه", "Farzana|Farzaneh"),
    ("سمیرا", "Samira|Sameera"),
    ("لیلا", "Laila|Leila|Lila"),
    ("ثریا", "Soraya|Suraya"),
    ("گلالۍ", "Gulalai|Gulalay"),
    ("مژگان", "Mozhgan|Muzhgan|Mojgan"),
    ("هما", "Homa|Huma"),
    ("شبنم", "Shabnam"),
    ("مرسل", "Mursal"),
    ("سحر", "Sahar"),
    ("ستاره", "Setara|Sitara"),
    ("نازیه", "Nazia|Naziya"),
)
AFGHAN_SURNAMES = _names(
    ("احمدی", "Ahmadi"),
    ("رحیمی", "Rahimi|Rahemi"),
    ("حیدری", "Haidari|Heydari|Haydari"),
    ("محمدی", "Mohammadi|Muhammadi"),
    ("کریمی", "Karimi"),
    ("نوری", "Noori|Nouri|Nuri"),
    ("هاشمی", "Hashimi|Hashemi"),
    ("صدیقی", "Siddiqui|Sediqi|Seddiqi"),
    ("پوپل", "Popal"),
    ("کاکړ", "Kakar"),
    ("یوسفزی", "Yousafzai|Yusufzai|Yousufzai"),
    ("وردک", "Wardak"),
    ("امیری", "Amiri"),
    ("حسینی", "Hosseini|Husaini|Hussaini"),
    ("عزیزی", "Azizi"),
    ("ستانکزی", "Stanikzai|Stanekzai"),
    ("سلطانی", "Soltani|Sultani"),
    ("جلالی", "Jalali"),
    ("قادری", "Qaderi|Kaderi|Qadiri"),
    ("نظری", "Nazari"),
)
TIGRINYA_MALE = _names(
    ("ተስፋይ", "Tesfay|Tesfai|Tesfaye"),
    ("ሃብቶም", "Habtom|Habtum"),
    ("ዮናስ", "Yonas|Jonas"),
    ("ሚካኤል", "Mikael|Michael|Mikiel"),
    ("ተኽለ", "Tekle|Tecle"),
    ("ገብረመድህን", "Gebremedhin|Ghebremedhin|Gebremedhn"),
    ("ሙሴ", "Mussie|Muse"),
    ("ኣማኑኤል", "Amanuel|Amanual|Emmanuel"),
    ("ዳዊት", "Dawit"),
    ("ፍጹም", "Fitsum|Fetsum"),
    ("ሰመረ", "Semere|Semre"),
    ("ብርሃነ", "Berhane|Birhane|Brhane"),
    ("ኪዳነ", "Kidane|Kidan"),
    ("ሃይለ", "Haile|Hayle"),
    ("ኣብርሃም", "Abraham|Abrham"),
    ("ሳሙኤል", "Samuel|Samiel"),
    ("ክብሮም", "Kibrom|Kbrom"),
    ("ዓወት", "Awet"),
    ("ሓጎስ", "Hagos"),
    ("ፀጋይ", "Tsegay|Tsegai|Tsegaye"),
    ("ዘርእሰናይ", "Zeresenay|Zerisenay"),
    ("ተወልደ", "Tewelde|Tewolde"),
    ("መሓሪ", "Mehari|Mihari"),
    ("ነጋሽ", "Negash"),
)
TIGRINYA_FEMALE = _names(
    ("ሳባ", "Saba"),
    ("ሉላ", "Lula"),
    ("ሃና", "Hanna|Hana"),
    ("ኤልሳ", "Elsa"),
    ("ሰላም", "Selam|Salam"),
    ("ዮርዳኖስ", "Yordanos|Yordanose"),
    ("ሄለን", "Helen"),
    ("ፍረወይኒ", "Freweini|Frewoini|Frewini"),
    ("ትርሓስ", "Tirhas|Terhas"),
    ("ሳሮን", "Saron|Sharon"),
    ("ኣዜብ", "Azeb"),
    ("መብራት", "Mebrat"),
    ("ብርኽቲ", "Birikti|Berikti|Brikti"),
    ("ሰናይት", "Senait|Senayt"),
    ("ዊንታ", "Winta"),
    ("ኣክበረት", "Akberet"),
    ("ሙሉ", "Mulu"),
    ("ዮዲት", "Yodit|Judith"),
    ("ሊድያ", "Lidya|Lydia"),
    ("ፅጌ", "Tsige"),
)
AMHARIC_MALE = _names(
    ("አበበ", "Abebe"),
    ("ታደሰ", "Tadesse|Tadese"),
    ("ብርሃኑ", "Berhanu|Birhanu"),
    ("ዮሐንስ", "Yohannes|Johannes"),
    ("ሰለሞን", "Solomon|Selomon"),
    ("ተፈሪ", "Teferi|Tafari"),
    ("ደረጀ", "Dereje"),
    ("ግርማ", "Girma"),
    ("ካሳ", "Kassa|Kasa"),
    ("ሙሉጌታ", "Mulugeta"),
    ("ይርጋ", "Yirga"),
    ("ዳንኤል", "Daniel|Danel"),
)
AMHARIC_FEMALE = _names(
    ("አልማዝ", "Almaz"),
    ("መሰረት", "Meseret"),
    ("ትዕግስት", "Tigist|Tegist"),
    ("ብርቱካን", "Birtukan|Bertukan"),
    ("ፋሲካ", "Fasika"),
    ("ሰብለ", "Seble|Sebele"),
    ("ቤተልሔም", "Betelhem|Bethlehem"),
    ("ሕይወት", "Hiwot|Hiwet"),
    ("ማርታ", "Marta|Martha"),
    ("ራሔል", "Rahel|Rachel"),
)
UKRAINIAN_MALE = _names(
    ("Олександр", "Oleksandr|Olexandr|Oleksander"),
    ("Андрій", "Andrii|Andriy|Andrij"),
    ("Дмитро", "Dmytro|Dmitro"),
    ("Сергій", "Serhii|Serhiy|Sergii"),
    ("Микола", "Mykola|Mikola"),
    ("Віктор", "Viktor"),
    ("Юрій", "Yurii|Yuriy|Iurii"),
    ("Іван", "Ivan"),
    ("Тарас", "Taras"),
    ("Богдан", "Bohdan|Bogdan"),
    ("Максим", "Maksym|Maksim|Maxym"),
    ("Володимир", "Volodymyr|Volodimir"),
    ("Артем", "Artem"),
    ("Назар", "Nazar"),
    ("Матвій", "Matvii|Matviy"),
    ("Денис", "Denys|Denis"),
    ("Кирило", "Kyrylo|Kirilo"),
    ("Ярослав", "Yaroslav|Iaroslav"),
    ("Михайло", "Mykhailo|Mykhaylo|Mikhailo"),
    ("Петро", "Petro"),
)
UKRAINIAN_FEMALE = _names(
    ("Олена", "Olena"),
    ("Оксана", "Oksana"),
    ("Наталія", "Nataliia|Nataliya|Natalia"),
    ("Тетяна", "Tetiana|Tetyana"),
    ("Ірина", "Iryna|Irina"),
    ("Юлія", "Yuliia|Yuliya|Iuliia"),
    ("Марія", "Mariia|Mariya|Maria"),
    ("Ганна", "Hanna|Ganna"),
    ("Ольга", "Olha|Olga"),
    ("Світлана", "Svitlana"),
    ("Людмила", "Liudmyla|Lyudmyla|Ludmila"),
    ("Катерина", "Kateryna|Katerina"),
    ("Софія", "Sofiia|Sofiya|Sofia"),
    ("Вікторія", "Viktoriia|Viktoriya"),
    ("Анастасія", "Anastasiia|Anastasiya"),
    ("Валентина", "Valentyna|Valentina"),
    ("Галина", "Halyna|Galina"),
    ("Надія", "Nadiia|Nadiya"),
    ("Дарина", "Daryna|Darina"),
    ("Поліна", "Polina"),
    ("Злата", "Zlata"),
    ("Аліна", "Alina"),
)
UKRAINIAN_SURNAMES = _names(
    ("Шевченко", "Shevchenko"),
    ("Коваленко", "Kovalenko"),
    ("Бондаренко", "Bondarenko"),
    ("Ткаченко", "Tkachenko"),
    ("Кравченко", "Kravchenko"),
    ("Мельник", "Melnyk|Melnik"),
    ("Бойко", "Boiko|Boyko"),
    ("Коваль", "Koval"),
    ("Олійник", "Oliinyk|Oliynyk"),
    ("Поліщук", "Polishchuk"),
    ("Савченко", "Savchenko"),
    ("Лисенко", "Lysenko|Lisenko"),
    ("Руденко", "Rudenko"),
    ("Мороз", "Moroz"),
    ("Марченко", "Marchenko"),
    ("Кузьменко", "Kuzmenko"),
    ("Петренко", "Petrenko"),
    ("Гнатюк", "Hnatiuk|Hnatyuk"),
    ("Павленко", "Pavlenko"),
    ("Ковальчук", "Kovalchuk"),
)
SOMALI_MALE = _names(
    ("", "Mohamed|Maxamed|Mohammed"),
    ("", "Abdirahman|Cabdiraxmaan|Abdurahman"),
    ("", "Abdullahi|Cabdullaahi"),
    ("", "Hassan|Xasan"),
    ("", "Hussein|Xuseen"),
    ("", "Ahmed|Axmed"),
    ("", "Yusuf|Yuusuf"),
    ("", "Abdi|Cabdi"),
    ("", "Omar|Cumar"),
    ("", "Ali|Cali"),
    ("", "Mahad"),
    ("", "Abdiaziz|Abdulaziz"),
    ("", "Liban"),
    ("", "Guled"),
    ("", "Farah|Faarax"),
    ("", "Warsame"),
    ("", "Jama|Jaamac"),
    ("", "Mohamud|Maxamuud"),
    ("", "Hirsi|Xirsi"),
    ("", "Nur|Nuur"),
    ("", "Dahir|Daahir"),
    ("", "Elmi|Cilmi"),
)
SOMALI_FEMALE = _names(
    ("", "Hodan|Hodon"),
    ("", "Fadumo|Faduma"),
    ("", "Amina|Aamina"),
    ("", "Sahra|Saxra"),
    ("", "Hawa|Xaawo"),
    ("", "Ayaan"),
    ("", "Ifrah|Ifra"),
    ("", "Asha|Caasha"),
    ("", "Ubah|Ubax"),
    ("", "Sagal"),
    ("", "Hibo"),
    ("", "Nasra"),
    ("", "Khadra|Khadro"),
)
CONGOLESE_MALE = _names(
    ("", "Patrick"),
    ("", "Jean-Pierre|Jean Pierre"),
    ("", "Emmanuel"),
    ("", "Joseph"),
    ("", "Christian"),
    ("", "Blaise"),
    ("", "Fiston"),
    ("", "Glody"),
    ("", "Cédric|Cedric"),
    ("", "Héritier|Heritier"),
    ("", "Dieudonné|Dieudonne"),
    ("", "Trésor|Tresor"),
)
CONGOLESE_FEMALE = _names(
    ("", "Marie"),
    ("", "Esther"),
    ("", "Grâce|Grace"),
    ("", "Chantal"),
    ("", "Françoise|Francoise"),
    ("", "Nathalie"),
    ("", "Divine"),
    ("", "Merveille"),
    ("", "Rachel"),
    ("", "Jolie"),
    ("", "Gloire"),
    ("", "Nadège|Nadege"),
)
CONGOLESE_SURNAMES = _names(
    ("", "Mukendi"),
    ("", "Kabongo"),
    ("", "Tshibanda|Tshibanda Wa"),
    ("", "Ilunga"),
    ("", "Kalala"),
    ("", "Mbuyi"),
    ("", "Lukusa"),
    ("", "Kasongo"),
    ("", "Nkulu"),
    ("", "Mutombo"),
    ("", "Mbala"),
    ("", "Tshilombo"),
    ("", "Kanku"),
    ("", "Mulumba"),
    ("", "Ngoy|Ngoie"),
    ("", "Banza"),
)
VENEZUELAN_MALE = _names(
    ("", "José Luis|Jose Luis"),
    ("", "Carlos"),
    ("", "Luis"),
    ("", "Jesús|Jesus"),
    ("", "Miguel Ángel|Miguel Angel"),
    ("", "Daniel"),
    ("", "Andrés|Andres"),
    ("", "Jorge"),
    ("", "Alejandro"),
    ("", "Gabriel"),
    ("", "Santiago"),
    ("", "Samuel"),
)
VENEZUELAN_FEMALE = _names(
    ("", "María José|Maria Jose"),
    ("", "Daniela"),
    ("", "Andreína|Andreina"),
    ("", "Yusmary"),
    ("", "Génesis|Genesis"),
    ("", "Valentina"),
    ("", "Yolimar"),
    ("", "María Alejandra|Maria Alejandra"),
    ("", "Gabriela"),
    ("", "Mariana"),
    ("", "Isabella"),
    ("", "Luisana"),
)
VENEZUELAN_SURNAMES = _names(
    ("", "González|Gonzalez"),
    ("", "Rodríguez|Rodriguez"),
    ("", "Pérez|Perez"),
    ("", "Hernández|Hernandez"),
    ("", "García|Garcia"),
    ("", "Martínez|Martinez"),
    ("", "López|Lopez"),
    ("", "Díaz|Diaz"),
    ("", "Rivas"),
    ("", "Sánchez|Sanchez"),
    ("", "Ramírez|Ramirez"),
    ("", "Torres"),
    ("", "Marcano"),
    ("", "Colmenares"),
)


# How names are put together:
#   surname     given + family name (women keep their own), children take the father's
#   patronymic  given + father's given + grandfather's given (Eritrea, Ethiopia, Somalia,
#               Sudan); children take the father's given name as their second name
#   hispanic    given + father's first surname + mother's first surname
@dataclass(frozen=True)
class Origin:
    key: str
    nationality: str
    script: str
    languages: tuple[str, ...]
    language_label: str  # for notes: the TTS language
    weight: int
    male: tuple[Name, ...]
    female: tuple[Name, ...]
    surnames: tuple[Name, ...]
    style: str
    channels: tuple[tuple[str, int], ...]
    passport_prefix: str
    passport_share: float
    year_only_share: float  # adults whose documents give the year of birth only
    minor_share: float  # unaccompanied minors among this origin's cases


_RESETTLE = ArrivalChannel.RESETTLEMENT.value
_RELOCATE = ArrivalChannel.RELOCATION.value
_ASYLUM = ArrivalChannel.SPONTANEOUS_ASYLUM.value
_TEMPORARY = ArrivalChannel.TEMPORARY_PROTECTION.value

ORIGINS: tuple[Origin, ...] = (
    Origin("syrian", "SY", Script.ARABIC.value, ("ar",), "árabe", 26,
           ARABIC_MALE, ARABIC_FEMALE, SYRIAN_SURNAMES, "surname",
           ((_RESETTLE, 6), (_RELOCATE, 3), (_ASYLUM, 1)), "N", 0.5, 0.15, 0.02),
    Origin("afghan", "AF", Script.ARABIC.value, ("fa",), "dari", 18,
           AFGHAN_MALE, AFGHAN_FEMALE, AFGHAN_SURNAMES, "surname",
           ((_RESETTLE, 5), (_ASYLUM, 3), (_RELOCATE, 1)), "P", 0.3, 0.45, 0.08),
    Origin("ukrainian", "UA", Script.CYRILLIC.value, ("uk", "ru"), "ucraniano", 16,
           UKRAINIAN_MALE, UKRAINIAN_FEMALE, UKRAINIAN_SURNAMES, "surname",
           ((_TEMPORARY, 1),), "FA", 0.8, 0.0, 0.01),
    Origin("eritrean", "ER", Script.ETHIOPIC.value, ("ti",), "tigrínia", 10,
           TIGRINYA_MALE, TIGRINYA_FEMALE, (), "patronymic",
           ((_RELOCATE, 4), (_RESETTLE, 3), (_ASYLUM, 3)), "", 0.1, 0.5, 0.1),
    Origin("iraqi", "IQ", Script.ARABIC.value, ("ar",), "árabe", 8,
           IRAQI_MALE, ARABIC_FEMALE, IRAQI_SURNAMES, "surname",
           ((_RESETTLE, 5), (_RELOCATE, 3), (_ASYLUM, 2)), "A", 0.5, 0.25, 0.02),
    Origin("sudanese", "SD", Script.ARABIC.value, ("ar",), "árabe", 8,
           SUDANESE_MALE, ARABIC_FEMALE, (), "patronymic",
           ((_ASYLUM, 5), (_RESETTLE, 3), (_RELOCATE, 2)), "P", 0.4, 0.4, 0.1),
    Origin("somali", "SO", Script.LATIN.value, ("so",), "somali", 4,
           SOMALI_MALE, SOMALI_FEMALE, (), "patronymic",
           ((_ASYLUM, 6), (_RESETTLE, 4)), "", 0.1, 0.55, 0.12),
    Origin("congolese", "CD", Script.LATIN.value, ("fr", "ln"), "francês", 4,
           CONGOLESE_MALE, CONGOLESE_FEMALE, CONGOLESE_SURNAMES, "surname",
           ((_ASYLUM, 7), (_RESETTLE, 3)), "OB", 0.4, 0.3, 0.04),
    Origin("venezuelan", "VE", Script.LATIN.value, ("es",), "espanhol", 3,
           VENEZUELAN_MALE, VENEZUELAN_FEMALE, VENEZUELAN_SURNAMES, "hispanic",
           ((_ASYLUM, 1),), "", 0.7, 0.0, 0.0),
    Origin("ethiopian", "ET", Script.ETHIOPIC.value, ("am",), "amárico", 3,
           AMHARIC_MALE, AMHARIC_FEMALE, (), "patronymic",
           ((_RESETTLE, 5), (_ASYLUM, 5)), "EP", 0.3, 0.4, 0.05),
)  # fmt: skip
ORIGINS_BY_KEY = {o.key: o for o in ORIGINS}


def _build_variants() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for origin in ORIGINS:
        for pool in (origin.male, origin.female, origin.surnames):
            for name in pool:
                for spelling in name.latin:
                    known = table.get(spelling.casefold(), ())
                    table[spelling.casefold()] = tuple(dict.fromkeys(known + name.latin))
    return table


_VARIANTS = _build_variants()


def variants_of(spelling: str) -> tuple[str, ...]:
    """Every Latin spelling the generator uses for the name spelt ``spelling``."""
    return _VARIANTS.get(spelling.casefold(), ())


# ---------------------------------------------------------------------------
# Places and phrases (Portuguese, as a social worker would write them)

MUNICIPALITIES: tuple[tuple[str, int], ...] = (
    ("Lisboa", 14), ("Porto", 9), ("Coimbra", 6), ("Braga", 5), ("Fundão", 4), ("Viseu", 4),
    ("Amadora", 4), ("Sintra", 4), ("Loures", 3), ("Setúbal", 3), ("Vila Nova de Gaia", 3),
    ("Matosinhos", 2), ("Guimarães", 2), ("Aveiro", 2), ("Leiria", 2), ("Évora", 2),
    ("Faro", 2), ("Castelo Branco", 2), ("Guarda", 1), ("Bragança", 1), ("Penela", 1),
    ("Torres Vedras", 1), ("Odemira", 1), ("Santarém", 1),
)  # fmt: skip
_STREETS = (
    "Rua da Liberdade", "Rua de São João", "Avenida da República", "Rua do Comércio",
    "Travessa do Carmo", "Rua Dr. António José de Almeida", "Rua 25 de Abril",
    "Largo da Igreja", "Rua das Flores", "Rua Cândido dos Reis", "Avenida Marquês de Pombal",
    "Rua Serpa Pinto", "Bairro da Boavista, Bloco 3", "Rua Alexandre Herculano",
    "Rua Miguel Bombarda", "Estrada Nacional 18", "Rua do Sol", "Rua Nova",
)  # fmt: skip
_FLOORS = ("r/c", "1.º Esq.", "1.º Dto.", "2.º Esq.", "2.º Dto.", "3.º Esq.", "3.º Dto.", "")
_EMPLOYERS = (
    ("Restaurante O Cantinho, Lda.", "restauração"),
    ("Hotel Miradouro", "hotelaria"),
    ("Construções Silva & Filhos, Lda.", "construção civil"),
    ("Limpezas Brilho, Lda.", "limpezas"),
    ("Supermercado Bom Dia", "comércio"),
    ("Quinta do Vale", "agricultura"),
    ("Oficina Auto Rápida", "mecânica"),
    ("Barbearia Central", "estética"),
    ("Costura Fina, Lda.", "confeção têxtil"),
    ("Pastelaria Doce Lar", "pastelaria"),
    ("Armazém Logístico Norte", "logística"),
    ("Atende+ Contact Center", "contact center"),
    ("Canalizações Ribeiro", "canalização"),
    ("Frutas do Oeste, Lda.", "agricultura"),
)  # fmt: skip
_TRADES = ("alfaiate", "mecânico", "canalizador", "barbeiro", "cozinheiro", "eletricista",
           "costureira", "padeiro", "pedreiro", "cabeleireira")  # fmt: skip
_LANGUAGE_PROVIDERS = (
    "IEFP — Centro de Emprego de {m}", "Escola Secundária de {m}", "Centro Qualifica de {m}",
    "Agrupamento de Escolas de {m}",
)  # fmt: skip
_HEALTH_CENTRES = ("Centro de Saúde de {m}", "USF Ribeirinha ({m})", "UCSP {m}", "USF Arco ({m})")

_OPENERS = {
    ActivityKind.CALL.value: (
        "Chamada telefónica com {name}.", "Telefonema de {name}.",
        "Contacto telefónico com a família.", "Chamada de {name} com intérprete do TTS.",
    ),
    ActivityKind.NOTE.value: ("", "", "Informação recebida por mensagem."),
}  # fmt: skip
# Appointments happen somewhere, about something: opener, place and dimension go together.
_VISITS: tuple[tuple[str, str, str | None], ...] = (
    ("Visita domiciliária.", "Domicílio", None),
    ("Visita domiciliária com intérprete do TTS.", "Domicílio", None),
    ("Visita de acompanhamento em casa da família.", "Domicílio", None),
    ("Atendimento na sede da entidade.", "Sede da entidade", None),
    ("Visita à habitação.", "Domicílio", Dimension.HOUSING.value),
)
_APPOINTMENTS: tuple[tuple[str, str, str | None], ...] = (
    ("Acompanhamento de {name} à AIMA para renovação da ARP.", "AIMA — {m}", None),
    ("Consulta no hospital com intérprete.", "Hospital de {m}", Dimension.HEALTH.value),
    ("Acompanhamento de {name} ao centro de saúde.", "Centro de Saúde de {m}",
     Dimension.HEALTH.value),
    ("Atendimento no IEFP com {name}.", "IEFP — {m}", Dimension.EMPLOYMENT.value),
    ("Reunião na escola com a diretora de turma.", "Escola Básica de {m}",
     Dimension.EDUCATION.value),
    ("Reunião com o NAIR.", "Sede da entidade", None),
    ("Visita a uma casa para arrendar com {name}.", "{m}", Dimension.HOUSING.value),
)  # fmt: skip
_BODIES = {
    Dimension.HOUSING.value: (
        "A casa está em boas condições; a família pede um aquecedor para o quarto das crianças.",
        "Humidade na casa de banho; contactado o senhorio para a reparação.",
        "Conta da luz do mês passado verificada e paga pela entidade.",
        "A família pergunta por uma casa maior, mais perto da escola.",
        "Explicado o funcionamento do contador de gás e a separação do lixo.",
        "Vizinhos queixaram-se do barulho; conversa com a família sobre as regras do prédio.",
    ),
    Dimension.HEALTH.value: (
        "{name} teve consulta no centro de saúde; a médica de família pediu análises.",
        "Marcada consulta de pediatria para o filho mais novo.",
        "Plano de vacinação das crianças atualizado no centro de saúde.",
        "{name} refere dores de dentes; pedido encaminhamento para saúde oral.",
        "Acompanhamento psicológico: {name} tem a segunda sessão marcada.",
        "Registo no SNS concluído; número de utente entregue à família.",
        "Receita levantada na farmácia; isenção de taxas moderadoras explicada.",
    ),
    Dimension.EDUCATION.value: (
        "{name} começou as aulas no agrupamento de escolas; a professora refere boa integração.",
        "Reunião com a diretora de turma sobre a adaptação das crianças.",
        "Entregue no Centro Qualifica o processo de reconhecimento de competências de {name}.",
        "Material escolar entregue; falta o passe do autocarro.",
        "As crianças ainda não têm vaga no jardim de infância; ficam em lista de espera.",
        "Pedido apoio de Português Língua Não Materna na escola.",
    ),
    Dimension.LANGUAGE.value: (
        "{name} frequenta o curso PLA, nível A2, três vezes por semana.",
        "Faltas às aulas de português por causa do horário de trabalho.",
        "Inscrição no curso de Português Língua de Acolhimento feita no IEFP.",
        "{name} concluiu o nível A1 com aproveitamento.",
        "Aulas de português com voluntários às quartas-feiras, na junta de freguesia.",
        "{name} precisa do programa de alfabetização antes do curso PLA.",
    ),
    Dimension.EMPLOYMENT.value: (
        "{name} fez a inscrição no IEFP; entrevista de emprego marcada para a próxima semana.",
        "{name} começou a trabalhar com contrato a termo.",
        "Preparado o currículo de {name} em português e inglês.",
        "Formação em cozinha proposta pelo IEFP; {name} aceitou.",
        "{name} procura trabalho como {trade}; contactadas duas oficinas.",
        "Pedido de equivalência da carta de condução de {name}.",
    ),
}  # fmt: skip
_GENERAL = (
    "Explicado o calendário dos pagamentos do apoio mensal.",
    "Renovação da autorização de residência provisória: documentos reunidos.",
    "A família está bem e agradece o apoio.",
    "Discutido o plano de integração e os próximos passos.",
    "Pedido de apoio para o pagamento da farmácia.",
    "Entregue cabaz do banco alimentar.",
)  # fmt: skip
_CLOSERS = (
    "Próxima visita dentro de duas semanas.", "Ficou combinado telefonar na sexta-feira.",
    "A técnica vai acompanhar o pedido.", "Sem outras questões.",
    "Aguardar resposta dos serviços.", "Usado o serviço de tradução telefónica (TTS) em {lang}.",
    "", "",
)  # fmt: skip
_TRANSITION_NOTES = {
    "": "Reunião com a Segurança Social (ISS) para preparar o fim do programa.",
    Dimension.HOUSING.value: (
        "Avaliada a necessidade de apoio social e a continuação do arrendamento "
        "depois do acolhimento."
    ),
}
_PLACES = {
    ActivityKind.CALL.value: ("", "Telefone"),
    ActivityKind.NOTE.value: ("",),
}
_SITUATED = {ActivityKind.VISIT.value: _VISITS, ActivityKind.APPOINTMENT.value: _APPOINTMENTS}
_ACTIVITY_KINDS = (
    (ActivityKind.VISIT.value, 35), (ActivityKind.CALL.value, 30),
    (ActivityKind.APPOINTMENT.value, 15), (ActivityKind.NOTE.value, 20),
)  # fmt: skip
_DIMENSIONS = tuple(d.value for d in Dimension)

_REFERRALS: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    (ReferralService.SNS.value, Dimension.HEALTH.value, (
        "Inscrição no centro de saúde e atribuição de médico de família",
        "Consulta de especialidade (oftalmologia)", "Saúde oral: cheque-dentista")),
    (ReferralService.SCHOOL.value, Dimension.EDUCATION.value, (
        "Matrícula escolar", "Apoio de Português Língua Não Materna")),
    (ReferralService.IEFP.value, Dimension.EMPLOYMENT.value, (
        "Inscrição para emprego e formação", "Curso de Português Língua de Acolhimento")),
    (ReferralService.ISS.value, None, (
        "Avaliação para apoio social depois do programa", "Pedido de abono de família")),
    (ReferralService.TTS.value, None, ("Pedido de interpretação por marcação",)),
    (ReferralService.PSYCHOLOGIST.value, Dimension.HEALTH.value, (
        "Apoio psicológico (rede da Ordem dos Psicólogos)",)),
    (ReferralService.LEGAL.value, None, (
        "Aconselhamento jurídico sobre o pedido de proteção internacional (CPR)",
        "Reagrupamento familiar")),
    (ReferralService.OTHER.value, Dimension.HOUSING.value, (
        "Banco alimentar", "Loja social: roupa de inverno")),
)  # fmt: skip
_OUTCOMES = (
    "Consulta marcada.", "Aceite; inscrição feita.", "Em lista de espera.",
    "Recusado: falta um documento; a reenviar.", "Atendido; processo em curso.",
)  # fmt: skip
_GOALS = {
    Dimension.HOUSING.value: (
        "Encontrar habitação autónoma antes do fim do programa",
        "Família gere sozinha o pagamento das contas da casa",
    ),
    Dimension.HEALTH.value: (
        "Todos os membros inscritos no centro de saúde com médico de família",
        "Vacinação das crianças em dia",
    ),
    Dimension.EDUCATION.value: (
        "Matrícula escolar de todas as crianças",
        "Reconhecimento das habilitações do responsável",
    ),
    Dimension.LANGUAGE.value: (
        "Adultos concluem o nível A2 de português",
        "Frequência regular do curso PLA",
    ),
    Dimension.EMPLOYMENT.value: (
        "Inscrição no IEFP dos adultos em idade ativa",
        "Um adulto com contrato de trabalho",
    ),
}  # fmt: skip
_TASKS = (
    "Telefonar ao centro de saúde", "Enviar documentos à AIMA", "Confirmar matrícula na escola",
    "Pedir orçamento da reparação", "Marcar intérprete do TTS", "Acompanhar resposta do IEFP",
)  # fmt: skip
# Most who finish a course reach A1 or A2; a few B1, a few not even A1.
_LEVELS_REACHED = tuple(
    level.value
    for level in (CefrLevel.A1, CefrLevel.A1, CefrLevel.A2, CefrLevel.A2, CefrLevel.B1,
                  CefrLevel.PRE_A1)
)  # fmt: skip
_VULNERABILITIES = ("chronic_illness", "disability", "trauma_survivor", "pregnant",
                    "low_literacy")  # fmt: skip


# ---------------------------------------------------------------------------
# Check digits (the validators in hostdesk.domain.identifiers accept these)


def nif_with_check(body8: str) -> str:
    """A NIF from its first eight digits: weights 9..2, mod 11."""
    r = sum(int(d) * w for d, w in zip(body8, range(9, 1, -1), strict=True)) % 11
    return body8 + str(0 if r < 2 else 11 - r)


_NISS_WEIGHTS = (29, 23, 19, 17, 13, 11, 7, 5, 3, 2)


def niss_with_check(body10: str) -> str:
    """A NISS from its first ten digits: weighted sum, check = 9 - (sum mod 10)."""
    total = sum(int(d) * w for d, w in zip(body10, _NISS_WEIGHTS, strict=True))
    return body10 + str(9 - total % 10)


def _scramble(k: int, multiplier: int, offset: int, width: int) -> int:
    """A bijection on ``width``-digit numbers: distinct people, distinct numbers.

    Affine maps with a multiplier coprime to 10 are bijections; reversing the
    digits between two of them hides the arithmetic progression a single one
    shows for consecutive people.
    """
    modulus = 10**width
    x = (k * multiplier + offset) % modulus
    x = int(f"{x:0{width}d}"[::-1])
    return (x * 3_141_592_653 + offset) % modulus


# ---------------------------------------------------------------------------
# The generator


def _weighted(pairs: Sequence[tuple[str, int]]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    values = tuple(v for v, _ in pairs)
    cumulative, total = [], 0
    for _, w in pairs:
        total += w
        cumulative.append(total)
    return values, tuple(cumulative)


_ORIGIN_CUM = tuple(_weighted([(o.key, o.weight) for o in ORIGINS])[1])
_MUNI_VALUES, _MUNI_CUM = _weighted(MUNICIPALITIES)
_KIND_VALUES, _KIND_CUM = _weighted(_ACTIVITY_KINDS)
_CHANNELS = {o.key: _weighted(o.channels) for o in ORIGINS}
_SIZES, _SIZE_CUM = _weighted(
    [("1", 12), ("2", 11), ("3", 15), ("4", 18), ("5", 17), ("6", 13), ("7", 8), ("8", 6)]
)
# Days before ``today`` on which programmes start: spread over about three years.
_START_SPREAD_DAYS = 1080
_ACTIVITIES_PER_MONTH = (2.2, 3.9)


class _Gen:
    """One family's draw; a small object so the helpers share the RNG and dates."""

    def __init__(self, index: int, seed: int, today: date) -> None:
        # One RNG per family: family N does not depend on how many come before it.
        self.rng = random.Random((seed << 32) ^ index)
        self.rand = self.rng.random
        self.index = index
        self.today = today
        self.today_ord = today.toordinal()
        self.spellings: dict[int, str] = {}

    # -- small helpers --------------------------------------------------------

    def pick(self, seq: Sequence[object]) -> object:
        return seq[int(self.rand() * len(seq))]

    def pick_str(self, seq: Sequence[str]) -> str:
        return seq[int(self.rand() * len(seq))]

    def chance(self, p: float) -> bool:
        return self.rand() < p

    def between(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        return low + int(self.rand() * (high - low + 1))

    def cum_pick(self, values: Sequence[str], cumulative: Sequence[int]) -> str:
        x = self.rand() * cumulative[-1]
        for value, bound in zip(values, cumulative, strict=True):
            if x < bound:
                return value
        return values[-1]

    def day_between(self, first: date, last: date) -> date:
        a, b = first.toordinal(), last.toordinal()
        if b <= a:
            return first
        return date.fromordinal(a + int(self.rand() * (b - a + 1)))

    def spelling(self, name: Name) -> str:
        """A Latin spelling: mostly the family's usual one, sometimes another document's."""
        if len(name.latin) == 1:
            return name.latin[0]
        usual = self.spellings.get(id(name))
        if usual is not None and self.rand() < 0.85:
            return usual
        if self.rand() < 0.6:
            chosen = name.latin[0]
        else:
            chosen = name.latin[1 + int(self.rand() * (len(name.latin) - 1))]
        self.spellings.setdefault(id(name), chosen)
        return chosen

    # -- the family -------------------------------------------------------------

    def family(self) -> SynthFamily:
        origin = ORIGINS[self._origin_index()]
        channel = self.cum_pick(*_CHANNELS[origin.key])
        is_minor = self.chance(origin.minor_share)
        size = 1 if is_minor else int(self.cum_pick(_SIZES, _SIZE_CUM))
        start = date.fromordinal(self.today_ord - self.between(5, _START_SPREAD_DAYS))
        if channel == _ASYLUM:
            # Spontaneous asylum seekers wait months in a reception centre first.
            arrival = start - timedelta(days=self.between(30, 240))
        else:
            arrival = start - timedelta(days=self.between(0, 20))
        members = self.household(origin, size, is_minor, start)
        has_children = any(m.relationship == Relationship.CHILD.value for m in members)
        months = PAR_FAMILIES_MONTHS if has_children and self.chance(0.25) else STANDARD_MONTHS
        if self.chance(0.04):
            months += 6  # an extension
        end = ProgrammeClock(start, months).end_date
        status, exit_reason, exit_date = self.outcome(channel, start, end)
        municipality = self.cum_pick(_MUNI_VALUES, _MUNI_CUM)
        year = start.year
        fam = SynthFamily(
            index=self.index,
            origin=origin.key,
            case_number=f"HD-{year}-{self.index + 1:05d}",
            nair_reference=f"NAIR/{year}/{self.between(100, 9999):04d}" if self.chance(0.9) else "",
            case_type=CaseType.UNACCOMPANIED_MINOR.value if is_minor else CaseType.FAMILY.value,
            arrival_channel=channel,
            arrival_date=arrival,
            programme_start=start,
            programme_months=months,
            programme_end=end,
            status=status,
            exit_reason=exit_reason,
            exit_date=exit_date,
            municipality=municipality,
            worker=int(self.rand() * 1000),
            members=members,
        )
        last_day = exit_date or self.today
        for position, member in enumerate(members):
            self.member_records(fam, origin, position, member, arrival, start, last_day)
        self.housing(fam, start, last_day)
        self.goals(fam, start, last_day)
        self.activities(fam, origin, start, last_day)
        self.referrals(fam, start, last_day)
        self.payments(fam, start, last_day)
        return fam

    def _origin_index(self) -> int:
        x = self.rand() * _ORIGIN_CUM[-1]
        for i, bound in enumerate(_ORIGIN_CUM):
            if x < bound:
                return i
        return len(ORIGINS) - 1

    def outcome(self, channel: str, start: date, end: date) -> tuple[str, str | None, date | None]:
        today = self.today
        # Many relocated people moved on to other countries; fewer from other channels.
        left_share = 0.3 if channel == _RELOCATE else 0.08
        if self.chance(left_share + 0.05) and (today - start).days > 45:
            reason = ExitReason.LEFT_PORTUGAL.value
            if self.chance(0.05 / (left_share + 0.05)):
                reason = self.pick_str((ExitReason.TRANSFERRED.value, ExitReason.WITHDRAWN.value))
            exit_day = self.day_between(start + timedelta(days=30), min(today, end))
            return FamilyStatus.EXITED.value, reason, exit_day
        if end < today - timedelta(days=20) and not self.chance(0.05):
            exit_day = min(end + timedelta(days=self.between(0, 10)), today)
            return FamilyStatus.EXITED.value, ExitReason.PROGRAMME_ENDED.value, exit_day
        # Still active, including a few past their end: the exit was never recorded.
        return FamilyStatus.ACTIVE.value, None, None

    # -- people -------------------------------------------------------------------

    def household(
        self, origin: Origin, size: int, is_minor: bool, start: date
    ) -> list[SynthMember]:
        """Who lives together: head, spouse, an elder or sibling sometimes, children."""
        ukrainian = origin.key == "ukrainian"
        if is_minor:
            head_sex = Sex.MALE.value if self.chance(0.85) else Sex.FEMALE.value
            head_age = self.between(14, 17)
        elif ukrainian:
            # Men of fighting age mostly stayed: the households are women, children, elders.
            head_sex = Sex.FEMALE.value if self.chance(0.75) else Sex.MALE.value
            head_age = self.between(24, 62)
        else:
            head_sex = Sex.MALE.value if self.chance(0.75) else Sex.FEMALE.value
            head_age = self.between(20, 58) if size > 1 else self.between(19, 45)
        people: list[tuple[str, str, int]] = [(Relationship.HEAD.value, head_sex, head_age)]
        spouse_age = None
        if size >= 2 and self.chance(0.3 if ukrainian else 0.85):
            spouse_sex = Sex.FEMALE.value if head_sex == Sex.MALE.value else Sex.MALE.value
            gap = self.between(-3, 8)
            spouse_age = max(18, head_age - gap if spouse_sex == "F" else head_age + gap)
            people.append((Relationship.SPOUSE.value, spouse_sex, spouse_age))
        if len(people) < size and self.chance(0.35 if ukrainian else 0.12):
            elder_age = head_age + 22 + self.between(0, 14)
            people.append((Relationship.PARENT.value, self.pick_str("FFM"), elder_age))
        if len(people) < size and self.chance(0.08):
            sibling_age = max(15, head_age + self.between(-10, 6))
            people.append((Relationship.SIBLING.value, self.pick_str("FM"), sibling_age))
        if head_sex == "F":
            mother_age = head_age
        else:
            mother_age = spouse_age if spouse_age is not None else head_age - 4
        oldest_child = max(0, min(mother_age - 17, 22))
        ages = sorted(self.between(0, oldest_child) for _ in range(size - len(people)))
        people += [(Relationship.CHILD.value, self.pick_str("FM"), a) for a in reversed(ages)]

        # The head's line, and the other parent's (present or not).
        male, female, surnames = origin.male, origin.female, origin.surnames
        head_father, head_grandfather = self.pick_name(male), self.pick_name(male)
        head_surname = self.pick_name(surnames) if surnames else None
        other_given = self.pick_name(male if head_sex == "F" else female)
        other_father = self.pick_name(male)
        other_surname = self.pick_name(surnames) if surnames else None
        head_given = self.pick_name(female if head_sex == "F" else male)
        if head_sex == "M":
            father, grandfather, paternal, maternal = (
                head_given,
                head_father,
                head_surname,
                other_surname,
            )
        else:
            father, grandfather, paternal, maternal = (
                other_given,
                other_father,
                other_surname,
                head_surname,
            )
        if head_sex == "F" and spouse_age is None and origin.style == "surname":
            # With no father in the household, the children carry their mother's family name.
            paternal = head_surname
        members: list[SynthMember] = []
        used = [head_given, other_given, father]
        for rel, sex, age in people:
            if rel == Relationship.HEAD.value:
                parts = self.name_parts(
                    origin, head_given, head_father, head_grandfather, head_surname
                )
            elif rel == Relationship.SPOUSE.value:
                parts = self.name_parts(
                    origin, other_given, other_father, self.pick_name(male), other_surname
                )
            elif rel == Relationship.PARENT.value and sex == "M":
                parts = self.name_parts(
                    origin, head_father, head_grandfather, self.pick_name(male), head_surname
                )
            elif rel == Relationship.PARENT.value:
                parts = self.name_parts(
                    origin,
                    self.pick_name(female),
                    self.pick_name(male),
                    self.pick_name(male),
                    self.pick_name(surnames) if surnames else None,
                )
            elif rel == Relationship.SIBLING.value:
                given = self.pick_name(female if sex == "F" else male)
                parts = self.name_parts(origin, given, head_father, head_grandfather, head_surname)
            else:
                given = self.pick_name(female if sex == "F" else male)
                # Parents seldom give two children, or a child and themselves, one name.
                for _ in range(3):
                    if given not in used:
                        break
                    given = self.pick_name(female if sex == "F" else male)
                used.append(given)
                parts = self.name_parts(origin, given, father, grandfather, paternal, maternal)
            members.append(self.person(origin, rel, sex, age, parts, is_minor, start))
        return members  # fmt: skip

    def pick_name(self, seq: Sequence[Name]) -> Name:
        return seq[int(self.rand() * len(seq))]

    def name_parts(
        self,
        origin: Origin,
        given: Name,
        father: Name,
        grandfather: Name,
        surname: Name | None,
        second_surname: Name | None = None,
    ) -> list[Name]:
        """A full name as the origin composes it."""
        if origin.style == "patronymic" or surname is None:
            parts = [given, father]
            if self.chance(0.5):
                parts.append(grandfather)
            return parts
        if origin.style == "hispanic":
            return [given, surname, second_surname or self.pick_name(origin.surnames)]
        # Arabic documents often carry the father's name in the middle.
        if origin.script == Script.ARABIC.value and self.chance(0.35):
            return [given, father, surname]
        return [given, surname]

    def person(
        self,
        origin: Origin,
        rel: str,
        sex: str,
        age: int,
        parts: list[Name],
        is_minor: bool,
        start: date,
    ) -> SynthMember:
        latin = " ".join(self.spelling(p) for p in parts)
        original = " ".join(p.original for p in parts) if parts[0].original else ""
        birth = self.birth(origin, age, rel)
        vulnerabilities: list[str] = []
        if self.chance(0.12):
            vulnerabilities.append(self.pick_str(_VULNERABILITIES))
        if rel == Relationship.PARENT.value and age >= 65:
            vulnerabilities.append("elderly")
        languages = list(origin.languages)
        if age >= 16 and self.chance(0.25):
            languages.append("en")
        return SynthMember(
            is_head=rel == Relationship.HEAD.value,
            relationship=rel,
            name_latin=latin,
            name_original=original,
            original_script=origin.script if original else Script.LATIN.value,
            sex=sex,
            birth=birth,
            nationality=origin.nationality,
            languages=languages,
            vulnerabilities=vulnerabilities,
            is_unaccompanied_minor=is_minor,
        )

    def birth(self, origin: Origin, age: int, rel: str) -> PartialDate | None:
        year = self.today.year - age - (1 if self.chance(0.5) else 0)
        year = min(year, self.today.year)
        adult = age >= 18
        year_only = origin.year_only_share * (1.5 if rel == Relationship.PARENT.value else 1.0)
        if adult and self.chance(year_only):
            return PartialDate(year)
        if adult and self.chance(0.05):
            return PartialDate(year, self.between(1, 12))
        if self.chance(0.01):
            return None  # still unknown: the record must be completed
        month, day = self.between(1, 12), self.between(1, 28)
        if date(year, month, day) > self.today:
            year -= 1
        return PartialDate(year, month, day)

    # -- per-person records ---------------------------------------------------------

    def member_records(
        self,
        fam: SynthFamily,
        origin: Origin,
        position: int,
        member: SynthMember,
        arrival: date,
        start: date,
        last_day: date,
    ) -> None:
        key = fam.index * 8 + position
        m = fam.municipality
        settled = (last_day - start).days > 30
        age = _age(member.birth, self.today)
        adult = age >= 18
        ukrainian = origin.key == "ukrainian"
        ids = member.identifiers
        # Temporary protection gives NIF, NISS and SNS at once.
        if ukrainian or (settled and self.chance(0.92 if adult else 0.75)):
            ids.append(SynthIdentifier(
                IdentifierKind.NIF.value,
                nif_with_check(
                    self.pick_str("23") + f"{_scramble(key, 7_654_321, 1_234_567, 7):07d}"
                ),
                "AT",
            ))  # fmt: skip
        if ukrainian or (settled and self.chance(0.85 if adult else 0.5)):
            ids.append(SynthIdentifier(
                IdentifierKind.NISS.value,
                niss_with_check("1" + f"{_scramble(key, 987_654_323, 123_456_789, 9):09d}"),
                "ISS",
            ))  # fmt: skip
        if ukrainian or (settled and self.chance(0.9)):
            ids.append(SynthIdentifier(
                IdentifierKind.SNS.value,
                "1" + f"{_scramble(key, 123_456_791, 76_543_210, 8):08d}",
                "SNS",
            ))  # fmt: skip
        if origin.passport_prefix and self.chance(origin.passport_share):
            digits = 9 - len(origin.passport_prefix)
            expiry = self.day_between(
                self.today - timedelta(days=400), self.today + timedelta(days=2500)
            )
            ids.append(SynthIdentifier(
                IdentifierKind.PASSPORT.value,
                origin.passport_prefix + f"{self.between(0, 10**digits - 1):0{digits}d}",
                origin.nationality, expiry,
            ))  # fmt: skip
        elif adult and self.chance(0.15):
            ids.append(SynthIdentifier(
                IdentifierKind.TRAVEL_DOCUMENT.value,
                f"TD{self.between(0, 9_999_999):07d}", "PT",
            ))  # fmt: skip
        active = fam.status == FamilyStatus.ACTIVE.value
        self.permits(member, key, ukrainian, arrival, last_day, active)
        self.health(member, m, age, adult, origin, settled, start)
        self.education(member, m, age, start, last_day)
        if adult or member.is_unaccompanied_minor:
            self.language(member, m, start, last_day)
        if adult and age < 65:
            self.jobs(member, start, last_day)
        if adult or member.is_head:
            method = self.pick_str((
                ConsentMethod.WRITTEN.value, ConsentMethod.WRITTEN.value,
                ConsentMethod.ORAL_WITH_INTERPRETER.value,
            ))  # fmt: skip
            member.consents.append(SynthConsent(ConsentScope.CASE_MANAGEMENT.value, start, method))
            if self.chance(0.7):
                member.consents.append(SynthConsent(ConsentScope.REFERRALS.value, start, method))
            if self.chance(0.5):
                member.consents.append(SynthConsent(ConsentScope.REPORTING.value, start, method))

    def permits(
        self,
        member: SynthMember,
        key: int,
        ukrainian: bool,
        arrival: date,
        last_day: date,
        active: bool,
    ) -> None:
        number = f"ARP{_scramble(key, 48_271, 5_550_123, 8):08d}"
        issued = arrival + timedelta(days=self.between(5, 30))
        if issued > last_day:
            return
        validity_months = 12 if ukrainian else 6
        # Renewals follow one another until today; the last one decides the alerts.
        while True:
            expires = _add_months(issued, validity_months) - timedelta(days=1)
            # After an exit nobody here renews the permit any more.
            last = expires >= last_day
            notes = ""
            if ukrainian:
                notes = (
                    "Proteção temporária"
                    if not member.permits
                    else "Prorrogação por decisão nacional"
                )
            if last or len(member.permits) > 8:
                if active:
                    expires = self.today + timedelta(days=self._last_permit_days_left())
                    if expires < issued:
                        expires = issued + timedelta(days=1)
                appointment = None
                if (expires - self.today).days <= 45 and self.chance(0.6):
                    appointment = self.today + timedelta(days=self.between(-20, 40))
                member.permits.append(SynthPermit(number, issued, expires, appointment, notes))
                return
            member.permits.append(SynthPermit(number, issued, expires, None, notes))
            issued = expires - timedelta(days=self.between(0, 20))

    def _last_permit_days_left(self) -> int:
        x = self.rand()
        if x < 0.03:
            return -self.between(1, 60)  # lapsed: blocks health, work and allowance
        if x < 0.11:
            return self.between(0, 30)  # renew now
        return self.between(31, 180)

    def health(
        self, member: SynthMember, m: str, age: int, adult: bool, origin: Origin,
        settled: bool, start: date,
    ) -> None:  # fmt: skip
        registered = settled and self.chance(0.9)
        portuguese_ok = origin.key in ("venezuelan",)
        member.health = SynthHealth(
            sns_registered=registered,
            health_centre=self.pick_str(_HEALTH_CENTRES).format(m=m) if registered else "",
            has_family_doctor=registered and self.chance(0.6),
            vaccinations_up_to_date=(self.chance(0.8) if not adult else
                                     (None if self.chance(0.5) else self.chance(0.7))),
            mental_health_followup=self.chance(0.08),
            interpreter_needed=adult and not portuguese_ok and self.chance(0.7),
            status=(DimensionStatus.ACHIEVED.value if registered and self.chance(0.6)
                    else DimensionStatus.IN_PROGRESS.value if settled
                    else DimensionStatus.NOT_STARTED.value),
        )  # fmt: skip

    def education(self, member: SynthMember, m: str, age: int, start: date, last_day: date) -> None:
        if 6 <= age < 18:
            # Some school-age children are still waiting for a place: the alert must show.
            if self.chance(0.88):
                level = ("1.º ciclo" if age < 10 else "2.º ciclo" if age < 12
                         else "3.º ciclo" if age < 15 else "secundário")  # fmt: skip
                member.education.append(SynthEducation(
                    EducationKind.SCHOOL_ENROLMENT.value,
                    f"Agrupamento de Escolas de {m}", level,
                    self.day_between(start, min(start + timedelta(days=60), last_day)), None,
                    DimensionStatus.IN_PROGRESS.value,
                ))  # fmt: skip
        elif 3 <= age < 6 and self.chance(0.5):
            member.education.append(SynthEducation(
                EducationKind.SCHOOL_ENROLMENT.value, f"Jardim de Infância de {m}", "pré-escolar",
                self.day_between(start, last_day), None, DimensionStatus.IN_PROGRESS.value,
            ))  # fmt: skip
        elif age >= 18:
            x = self.rand()
            if x < 0.12:
                member.education.append(SynthEducation(
                    EducationKind.QUALIFICATION_RECOGNITION.value, "DGES",
                    "licenciatura", self.day_between(start, last_day), None,
                    DimensionStatus.IN_PROGRESS.value,
                    "Sem diploma original; pedido com declaração.",
                ))  # fmt: skip
            elif x < 0.22:
                member.education.append(SynthEducation(
                    EducationKind.PRIOR_LEARNING.value, f"Centro Qualifica de {m}",
                    f"certificação profissional ({self.pick_str(_TRADES)})",
                    self.day_between(start, last_day), None, DimensionStatus.IN_PROGRESS.value,
                ))  # fmt: skip
            elif x < 0.3:
                first = self.day_between(start, last_day)
                member.education.append(SynthEducation(
                    EducationKind.VOCATIONAL_TRAINING.value, f"IEFP — {m}",
                    self.pick_str(("Curso de cozinha", "Curso de eletricidade",
                                   "Curso de apoio à família", "Curso de soldadura")),
                    first, first + timedelta(days=120) if self.chance(0.5) else None,
                    DimensionStatus.IN_PROGRESS.value,
                ))  # fmt: skip

    def language(self, member: SynthMember, m: str, start: date, last_day: date) -> None:
        months = (last_day - start).days / 30.4
        if months < 1.5 or not self.chance(0.82):
            return  # no course yet: the "no language course" alert fires for some
        begin = self.day_between(start + timedelta(days=14), start + timedelta(days=75))
        begin = min(begin, last_day)
        done = months > 6 and self.chance(0.7)
        end = min(begin + timedelta(days=self.between(120, 200)), last_day) if done else None
        level = None
        reached = None
        if done:
            level = self.pick_str(_LEVELS_REACHED)
            reached = end
        kind = CourseType.LITERACY.value if self.chance(0.08) else CourseType.PLA.value
        member.courses.append(SynthCourse(
            kind, self.pick_str(_LANGUAGE_PROVIDERS).format(m=m), begin, end,
            (25, 50, 100, 150)[int(self.rand() * 4)] if done else self.between(10, 60),
            level, reached,
        ))  # fmt: skip
        if self.chance(0.25):
            member.courses.append(SynthCourse(
                CourseType.NON_FORMAL.value, "Voluntários da Junta de Freguesia",
                self.day_between(start, last_day), None, self.between(4, 40), None, None,
            ))  # fmt: skip
        if done and self.chance(0.07):
            first = self.day_between(begin, last_day)
            member.courses.append(SynthCourse(
                CourseType.TECHNICAL.value, "IEFP",
                first, first + timedelta(days=30), 25, None, None,
                self.pick_str(("Português técnico: restauração", "Português técnico: comércio",
                               "Português técnico: construção", "Português técnico: estética")),
            ))  # fmt: skip

    def jobs(self, member: SynthMember, start: date, last_day: date) -> None:
        months = (last_day - start).days / 30.4
        if months < 1 or not self.chance(0.7):
            return
        registered = self.day_between(start + timedelta(days=20), last_day)
        member.jobs.append(SynthJob(
            EmploymentKind.IEFP_REGISTRATION.value, "IEFP", "", registered, None,
        ))  # fmt: skip
        if self.chance(0.2):
            first = self.day_between(registered, last_day)
            member.jobs.append(SynthJob(
                EmploymentKind.TRAINING.value, "IEFP", self.pick_str(_TRADES), first,
                first + timedelta(days=90) if self.chance(0.6) else None,
            ))  # fmt: skip
        if months > 4 and self.chance(min(0.15 + months / 40, 0.6)):
            employer, sector = self.pick(_EMPLOYERS)  # type: ignore[misc]
            first = self.day_between(registered, last_day)
            kind = (
                EmploymentKind.SELF_EMPLOYED.value
                if self.chance(0.05)
                else EmploymentKind.CONTRACT.value
            )
            member.jobs.append(SynthJob(
                kind, employer if kind == EmploymentKind.CONTRACT.value else "", sector, first,
                first + timedelta(days=180) if self.chance(0.25) else None,
                "Contrato a termo certo" if self.chance(0.6) else "",
            ))  # fmt: skip
        elif self.chance(0.4):
            member.jobs.append(SynthJob(
                EmploymentKind.JOB_SEARCH.value, "", self.pick_str(_TRADES),
                self.day_between(registered, last_day), None,
            ))  # fmt: skip

    # -- family records ---------------------------------------------------------------

    def housing(self, fam: SynthFamily, start: date, last_day: date) -> None:
        m = fam.municipality
        first = start
        if self.chance(0.2):
            temporary_end = min(start + timedelta(days=self.between(20, 90)), last_day)
            kind = self.pick_str(
                (HousingKind.RECEPTION_CENTRE.value, HousingKind.HOST_FAMILY.value)
            )
            fam.housing.append(SynthHousing(
                kind, "Centro de Acolhimento" if kind == HousingKind.RECEPTION_CENTRE.value else "",
                m, start, temporary_end, None, DimensionStatus.ACHIEVED.value,
            ))  # fmt: skip
            first = temporary_end
        rent = self.between(35, 90) * 1000 + (15000 if m in ("Lisboa", "Porto") else 0)
        address = (f"{self.pick_str(_STREETS)}, {self.between(1, 220)}"
                   f"{', ' + floor if (floor := self.pick_str(_FLOORS)) else ''}")  # fmt: skip
        ended = fam.exit_reason == ExitReason.LEFT_PORTUGAL.value
        fam.housing.append(SynthHousing(
            HousingKind.RENTED_BY_ENTITY.value, address, m, first,
            fam.exit_date if ended else None, rent,
            DimensionStatus.ACHIEVED.value if self.chance(0.8) else DimensionStatus.AT_RISK.value,
        ))  # fmt: skip
        if fam.exit_reason == ExitReason.PROGRAMME_ENDED.value and self.chance(0.6):
            fam.housing.append(SynthHousing(
                HousingKind.RENTED_BY_FAMILY.value, address, m, fam.exit_date or last_day,
                None, rent, DimensionStatus.ACHIEVED.value, "A família assumiu o contrato.",
            ))  # fmt: skip

    def goals(self, fam: SynthFamily, start: date, last_day: date) -> None:
        for _ in range(self.between(3, 7)):
            dimension = self.pick_str(_DIMENSIONS)
            target = self.day_between(start + timedelta(days=60), fam.programme_end)
            x = self.rand()
            if target < last_day and x < 0.6:
                status, achieved = GoalStatus.ACHIEVED.value, self.day_between(start, target)
            elif x < 0.9:
                status, achieved = GoalStatus.IN_PROGRESS.value, None
            elif x < 0.95:
                status, achieved = GoalStatus.PLANNED.value, None
            else:
                status, achieved = GoalStatus.DROPPED.value, None
            fam.goals.append(
                SynthGoal(dimension, self.pick_str(_GOALS[dimension]), status, target, achieved)
            )

    def activities(self, fam: SynthFamily, origin: Origin, start: date, last_day: date) -> None:
        span = (last_day - start).days
        months = span / 30.4
        rate = _ACTIVITIES_PER_MONTH[0] + self.rand() * (
            _ACTIVITIES_PER_MONTH[1] - _ACTIVITIES_PER_MONTH[0]
        )
        count = max(1, round(months * rate))
        first_names = [m.name_latin.split(" ", 1)[0] for m in fam.members]
        n_members = len(fam.members)
        ages = [_age(m.birth, self.today) for m in fam.members]
        adults = [i for i, a in enumerate(ages) if a >= 18] or [0]
        children = [i for i, a in enumerate(ages) if 3 <= a < 18] or adults
        by_dimension = {
            Dimension.HOUSING.value: adults,
            Dimension.HEALTH.value: list(range(n_members)),
            Dimension.EDUCATION.value: children,
            Dimension.LANGUAGE.value: adults,
            Dimension.EMPLOYMENT.value: adults,
        }
        start_ord = start.toordinal()
        rand = self.rand
        lang = origin.language_label
        municipality = fam.municipality
        days = sorted(start_ord + int(rand() * (span + 1)) for _ in range(count))
        active = fam.status == FamilyStatus.ACTIVE.value
        forced_visit = active and rand() < 0.8 and span > 25
        if forced_visit:
            # Most active families had a visit in the last few weeks; the rest raise an alert.
            days[-1] = max(days[-1], self.today_ord - int(rand() * 25))
        transition_from = ProgrammeClock(start, fam.programme_months).transition_start()
        transition_due = transition_from.toordinal()
        out = fam.activities
        for i, day_ord in enumerate(days):
            if forced_visit and i == count - 1:
                kind = ActivityKind.VISIT.value
            else:
                kind = self.cum_pick(_KIND_VALUES, _KIND_CUM)
            if day_ord >= transition_due and rand() < 0.3:
                transition_due = 10**9  # once per family
                out.append(SynthActivity(
                    ActivityKind.APPOINTMENT.value, date.fromordinal(day_ord),
                    f"Segurança Social — {municipality}", (0,), dict(_TRANSITION_NOTES),
                    (Dimension.HOUSING.value,),
                ))  # fmt: skip
                continue
            if kind in _SITUATED:
                situated = _SITUATED[kind]
                opener, place, fixed = situated[int(rand() * len(situated))]
                dim = fixed or _DIMENSIONS[int(rand() * 5)]
            else:
                openers = _OPENERS[kind]
                opener = openers[int(rand() * len(openers))]
                places = _PLACES[kind]
                place = places[int(rand() * len(places))]
                dim = _DIMENSIONS[int(rand() * 5)]
            # The person a sentence is about fits it: no toddler starts a job.
            about = by_dimension[dim]
            who = about[int(rand() * len(about))]
            name = first_names[who]
            general = [opener.format(name=name)] if opener else []
            if rand() < 0.2:
                general.append(_GENERAL[int(rand() * len(_GENERAL))])
            closer = _CLOSERS[int(rand() * len(_CLOSERS))]
            if closer:
                general.append(closer.format(lang=lang))
            body = _BODIES[dim][int(rand() * len(_BODIES[dim]))]
            trade = _TRADES[int(rand() * len(_TRADES))]
            # Sections in the order the casework module writes them: general, then dimensions.
            notes = {"": " ".join(general)} if general else {}
            second = _DIMENSIONS[int(rand() * 5)] if rand() < 0.2 else dim
            for d in _DIMENSIONS:
                if d == dim:
                    notes[d] = body.format(name=name, trade=trade)
                elif d == second:
                    other = _BODIES[d][int(rand() * len(_BODIES[d]))]
                    notes[d] = other.format(name=first_names[by_dimension[d][0]], trade=trade)
            if kind == ActivityKind.NOTE.value:
                present: tuple[int, ...] = ()
            elif kind == ActivityKind.CALL.value or n_members == 1:
                present = (who,)
            else:
                other_member = int(rand() * n_members)
                present = tuple(sorted({who, other_member}))
            out.append(SynthActivity(
                kind, date.fromordinal(day_ord), place.format(m=municipality), present, notes,
                tuple(d for d in notes if d), rand() < 0.15,
            ))  # fmt: skip
        for _ in range(self.between(0, 3)):
            position = int(rand() * len(out))
            made = out[position].occurred_on
            due = made + timedelta(days=self.between(3, 21))
            done = due <= self.today and self.chance(0.8)
            fam.tasks.append(SynthTask(
                self.pick_str(_TASKS), due,
                self.day_between(made, min(due, self.today)) if done else None, position,
            ))  # fmt: skip

    def referrals(self, fam: SynthFamily, start: date, last_day: date) -> None:
        months = (last_day - start).days / 30.4
        count = min(8, int(months / 3 + self.rand() * 2))
        n = len(fam.members)
        for _ in range(count):
            service, dimension, reasons = self.pick(_REFERRALS)  # type: ignore[misc]
            sent = self.day_between(start, last_day)
            waited = (self.today - sent).days
            # Recent ones are often still open; a few old ones were never answered.
            open_share = 0.5 if waited <= 15 else 0.15
            if self.chance(open_share):
                answered, outcome = None, ""
            else:
                answered = min(sent + timedelta(days=self.between(2, 30)), self.today)
                outcome = self.pick_str(_OUTCOMES)
            fam.referrals.append(SynthReferral(
                service, dimension, self.pick_str(reasons), sent, answered, outcome,
                int(self.rand() * n) if self.chance(0.8) else None,
            ))  # fmt: skip

    def payments(self, fam: SynthFamily, start: date, last_day: date) -> None:
        household = [HouseholdMember(m.is_head, m.birth) for m in fam.members]
        year, month = start.year, start.month
        # The allowance is worked out per month: a child turning 18 changes the amount.
        while (year, month) <= (last_day.year, last_day.month):
            first = date(year, month, 1)
            breakdown = monthly_allowance(household, DEFAULT_RATES, max(first, start))
            paid = max(date(year, month, self.between(1, 8)), start)
            if paid <= last_day:
                fam.payments.append(
                    SynthPayment(f"{year:04d}-{month:02d}", breakdown.total_cents, paid)
                )
            month += 1
            if month > 12:
                year, month = year + 1, 1


def _age(birth: PartialDate | None, today: date) -> int:
    if birth is None or birth.is_in_future(today):
        return 0
    return birth.age_on(today)[1]


def _add_months(d: date, n: int) -> date:
    return ProgrammeClock(d, n).end_date + timedelta(days=1)


def generate_family(index: int, seed: int = 1, today: date | None = None) -> SynthFamily:
    """Family number ``index`` (0-based) of the dataset ``seed``, dated around ``today``."""
    return _Gen(index, seed, today or date.today()).family()


def generate_families(
    count: int, seed: int = 1, today: date | None = None, start: int = 0
) -> Iterator[SynthFamily]:
    """Families ``start`` .. ``start + count - 1``, lazily (25,000 do not fit in a list cheaply)."""
    day = today or date.today()
    for index in range(start, start + count):
        yield _Gen(index, seed, day).family()
