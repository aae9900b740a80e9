"""Invented names for the synthetic families, in their own script and in Latin spellings.

Also the countries of origin (with their name pools and arrival channels) and
the table of Latin spelling variants. Static data for :mod:`hostdesk.storage.demo.synthetic`.
"""

from __future__ import annotations

from dataclasses import dataclass

from hostdesk.domain.vocabulary import (
    ArrivalChannel,
    Script,
)

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
    ("نور الدين", "Nour El-Din|Nureddin|Noureddine|Nur al-Din|Nour Eddin"),
    ("صلاح الدين", "Salah El-Din|Salaheddine|Salahuddin|Salah ad-Din"),
    ("عبد العزيز", "Abdulaziz|Abdelaziz|Abd al-Aziz|Abdul Aziz"),
    ("أبو بكر", "Abu Bakr|Abubakar|Aboubakr"),
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
    ("نصرالله", "Nasrullah|Nasrollah|Nasr Ullah"),
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
    ("ፀጋይ", "Tsegay|Tsegai|Tsegaye|Tzegai"),
    ("ዘርእሰናይ", "Zeresenay|Zerisenay"),
    ("ተወልደ", "Tewelde|Tewolde"),
    ("መሓሪ", "Mehari|Mihari"),
    ("ነጋሽ", "Negash"),
    ("መብራህቱ", "Mebrahtu|Mebratu|Mebrahtou"),
    ("ግርማይ", "Girmay|Ghirmay|Ghermay"),
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
    ("Олександр", "Oleksandr|Olexandr|Oleksander|Oleksandr|Olexandre"),
    ("Андрій", "Andrii|Andriy|Andrij"),
    ("Дмитро", "Dmytro|Dmitro"),
    ("Сергій", "Serhii|Serhiy|Sergii|Serhij|Sergueï"),
    ("Микола", "Mykola|Mikola"),
    ("Віктор", "Viktor"),
    ("Юрій", "Yurii|Yuriy|Iurii|Jurij|Iouri"),
    ("Іван", "Ivan"),
    ("Тарас", "Taras"),
    ("Богдан", "Bohdan|Bogdan"),
    ("Максим", "Maksym|Maksim|Maxym"),
    ("Володимир", "Volodymyr|Volodimir|Wolodymyr|Wołodymyr"),
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
    ("Тетяна", "Tetiana|Tetyana|Tetjana"),
    ("Ірина", "Iryna|Irina"),
    ("Юлія", "Yuliia|Yuliya|Iuliia|Julija|Ioulia"),
    ("Марія", "Mariia|Mariya|Maria"),
    ("Ганна", "Hanna|Ganna"),
    ("Ольга", "Olha|Olga|Ol'ga"),
    ("Світлана", "Svitlana"),
    ("Людмила", "Liudmyla|Lyudmyla|Ludmila|Ljudmyla|Lioudmyla"),
    ("Катерина", "Kateryna|Katerina"),
    ("Софія", "Sofiia|Sofiya|Sofia"),
    ("Вікторія", "Viktoriia|Viktoriya"),
    ("Анастасія", "Anastasiia|Anastasiya"),
    ("Валентина", "Valentyna|Valentina"),
    ("Галина", "Halyna|Galina|Galyna"),
    ("Надія", "Nadiia|Nadiya"),
    ("Дарина", "Daryna|Darina"),
    ("Поліна", "Polina"),
    ("Злата", "Zlata"),
    ("Аліна", "Alina"),
)
UKRAINIAN_SURNAMES = _names(
    ("Шевченко", "Shevchenko|Ševčenko|Schewtschenko|Chevtchenko|Szewczenko"),
    ("Коваленко", "Kovalenko|Kowalenko"),
    ("Бондаренко", "Bondarenko"),
    ("Ткаченко", "Tkachenko|Tkatschenko|Tkaczenko|Tkatchenko"),
    ("Кравченко", "Kravchenko|Krawtschenko|Krawczenko|Kravtchenko"),
    ("Мельник", "Melnyk|Melnik"),
    ("Бойко", "Boiko|Boyko|Bojko"),
    ("Коваль", "Koval"),
    ("Олійник", "Oliinyk|Oliynyk|Olijnyk"),
    ("Поліщук", "Polishchuk|Poliščuk|Polischtschuk|Poliszczuk"),
    ("Савченко", "Savchenko|Sawtschenko|Sawczenko|Savtchenko"),
    ("Лисенко", "Lysenko|Lisenko"),
    ("Руденко", "Rudenko"),
    ("Мороз", "Moroz"),
    ("Марченко", "Marchenko|Martschenko|Marczenko"),
    ("Кузьменко", "Kuzmenko"),
    ("Петренко", "Petrenko"),
    ("Гнатюк", "Hnatiuk|Hnatyuk|Hnatjuk|Gnatiuk"),
    ("Павленко", "Pavlenko|Pawlenko"),
    ("Ковальчук", "Kovalchuk|Kowaltschuk|Kowalczuk"),
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
    ("", "Omar|Cumar|Umar"),
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
    ("", "Fadumo|Faduma|Faadumo"),
    ("", "Amina|Aamina"),
    ("", "Sahra|Saxra"),
    ("", "Hawa|Xaawo|Xawa"),
    ("", "Ayaan"),
    ("", "Ifrah|Ifra"),
    ("", "Asha|Caasha"),
    ("", "Ubah|Ubax|Ubaxa"),
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


RESETTLE = ArrivalChannel.RESETTLEMENT.value
RELOCATE = ArrivalChannel.RELOCATION.value
ASYLUM = ArrivalChannel.SPONTANEOUS_ASYLUM.value
TEMPORARY = ArrivalChannel.TEMPORARY_PROTECTION.value

ORIGINS: tuple[Origin, ...] = (
    Origin("syrian", "SY", Script.ARABIC.value, ("ar",), "árabe", 26,
           ARABIC_MALE, ARABIC_FEMALE, SYRIAN_SURNAMES, "surname",
           ((RESETTLE, 6), (RELOCATE, 3), (ASYLUM, 1)), "N", 0.5, 0.15, 0.02),
    Origin("afghan", "AF", Script.ARABIC.value, ("fa",), "dari", 18,
           AFGHAN_MALE, AFGHAN_FEMALE, AFGHAN_SURNAMES, "surname",
           ((RESETTLE, 5), (ASYLUM, 3), (RELOCATE, 1)), "P", 0.3, 0.45, 0.08),
    Origin("ukrainian", "UA", Script.CYRILLIC.value, ("uk", "ru"), "ucraniano", 16,
           UKRAINIAN_MALE, UKRAINIAN_FEMALE, UKRAINIAN_SURNAMES, "surname",
           ((TEMPORARY, 1),), "FA", 0.8, 0.0, 0.01),
    Origin("eritrean", "ER", Script.ETHIOPIC.value, ("ti",), "tigrínia", 10,
           TIGRINYA_MALE, TIGRINYA_FEMALE, (), "patronymic",
           ((RELOCATE, 4), (RESETTLE, 3), (ASYLUM, 3)), "", 0.1, 0.5, 0.1),
    Origin("iraqi", "IQ", Script.ARABIC.value, ("ar",), "árabe", 8,
           IRAQI_MALE, ARABIC_FEMALE, IRAQI_SURNAMES, "surname",
           ((RESETTLE, 5), (RELOCATE, 3), (ASYLUM, 2)), "A", 0.5, 0.25, 0.02),
    Origin("sudanese", "SD", Script.ARABIC.value, ("ar",), "árabe", 8,
           SUDANESE_MALE, ARABIC_FEMALE, (), "patronymic",
           ((ASYLUM, 5), (RESETTLE, 3), (RELOCATE, 2)), "P", 0.4, 0.4, 0.1),
    Origin("somali", "SO", Script.LATIN.value, ("so",), "somali", 4,
           SOMALI_MALE, SOMALI_FEMALE, (), "patronymic",
           ((ASYLUM, 6), (RESETTLE, 4)), "", 0.1, 0.55, 0.12),
    Origin("congolese", "CD", Script.LATIN.value, ("fr", "ln"), "francês", 4,
           CONGOLESE_MALE, CONGOLESE_FEMALE, CONGOLESE_SURNAMES, "surname",
           ((ASYLUM, 7), (RESETTLE, 3)), "OB", 0.4, 0.3, 0.04),
    Origin("venezuelan", "VE", Script.LATIN.value, ("es",), "espanhol", 3,
           VENEZUELAN_MALE, VENEZUELAN_FEMALE, VENEZUELAN_SURNAMES, "hispanic",
           ((ASYLUM, 1),), "", 0.7, 0.0, 0.0),
    Origin("ethiopian", "ET", Script.ETHIOPIC.value, ("am",), "amárico", 3,
           AMHARIC_MALE, AMHARIC_FEMALE, (), "patronymic",
           ((RESETTLE, 5), (ASYLUM, 5)), "EP", 0.3, 0.4, 0.05),
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
