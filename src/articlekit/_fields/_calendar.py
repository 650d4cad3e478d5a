"""Month and weekday names, as dates write them, in the languages whose pages we read: data only.

One line a language: twelve months (or seven weekdays, Monday first) separated by spaces, the forms of
one name by "/" (a full name, its abbreviations, a spelling without diacritics, the genitive that
dates use in Slavic and Baltic languages). A spelling two languages give different months is left out
(Polish "listopada" is November, Croatian "listopada" October: only the Polish is read), and abbreviations
that are also common words are left out.
"""

from __future__ import annotations

_MONTHS_BY_LANGUAGE = {
    "en": "Jan/January Feb/February Mar/March Apr/April May Jun/June Jul/July Aug/August Sep/Sept/September "
    "Oct/October Nov/November Dec/December",
    "de": "Januar/Jänner Februar/Feber März/Maerz/Mrz April Mai Juni Juli August September Oktober/Okt "
    "November Dezember/Dez",
    "fr": "janvier/janv février/fevrier/févr mars avril/avr mai juin juillet/juil août/aout septembre "
    "octobre novembre décembre/déc",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre/setiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março/marco abril maio junho julho agosto setembro outubro novembro dezembro",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "nl": "januari februari maart/mrt april mei juni juli augustus september oktober november december",
    "da-no-sv": "januar februar mars/marts april mai/maj juni juli august/augusti september oktober november "
    "desember/december",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
    "syyskuuta lokakuuta marraskuuta joulukuuta",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "tr": "Ocak Şubat/Subat Mart Nisan Mayıs/Mayis Haziran Temmuz Ağustos/Agustos Eylül/Eylul Ekim "
    "Kasım/Kasim Aralık/Aralik",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna/leden února/únor března/březen dubna/duben května/květen června/červen července/červenec "
    "srpna/srpen září října/říjen listopadu prosince/prosinec",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "bs-hr-sr": "januar/siječnja februar/veljače mart/ožujka april/travnja maj/svibnja juni/lipnja "
    "juli/srpnja august/avgust/kolovoza septembar/rujna oktobar novembar/studenoga/studenog "
    "decembar/prosinca",
    "ru": "января/январь февраля/февраль марта/март апреля/апрель мая/май июня/июнь июля/июль "
    "августа/август сентября/сентябрь октября/октябрь ноября/ноябрь декабря/декабрь",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
    "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    # Arabic: the Egyptian and the Levantine names (the two-word Levantine ones, "تشرين الأول", are not read)
    "ar": "يناير فبراير/شباط مارس/آذار/اذار أبريل/إبريل/ابريل/نيسان مايو/أيار/ايار يونيو/يونية/حزيران "
    "يوليو/يولية/تموز أغسطس/اغسطس/آب سبتمبر/أيلول/ايلول أكتوبر/اكتوبر نوفمبر ديسمبر",
}

_WEEKDAYS_BY_LANGUAGE = {
    "en": "Mon/Monday Tue/Tues/Tuesday Wed/Wednesday Thu/Thur/Thurs/Thursday Fri/Friday Sat/Saturday Sun/Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag/Sonnabend Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "da-no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "bs-hr-sr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "el": "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή",
    "ar": "الاثنين/الإثنين الثلاثاء الأربعاء/الاربعاء الخميس الجمعة السبت الأحد/الاحد",
}


def _by_position(lines: dict[str, str], count: int) -> tuple[tuple[str, ...], ...]:
    """The names of each month (or weekday) over all languages, each form once, the first seen kept."""
    names: list[list[str]] = [[] for _ in range(count)]
    taken: dict[str, int] = {}
    for language, line in lines.items():
        positions = line.split()
        if len(positions) != count:
            raise ValueError(f"{language}: {len(positions)} names, not {count}")
        for index, forms in enumerate(positions):
            for form in forms.split("/"):
                key = form.lower()
                if key not in taken:
                    taken[key] = index
                    names[index].append(form)
                elif taken[key] != index:
                    raise ValueError(f"{language}: {form!r} names two different months or days")
    return tuple(tuple(forms) for forms in names)


#: One tuple per month, January first, as python-dateutil's parserinfo wants them.
MONTH_NAMES = _by_position(_MONTHS_BY_LANGUAGE, 12)
#: One tuple per weekday, Monday first.
WEEKDAY_NAMES = _by_position(_WEEKDAYS_BY_LANGUAGE, 7)
