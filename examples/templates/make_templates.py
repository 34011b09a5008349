"""Rebuild the example Word templates in this folder: python examples/templates/make_templates.py

Five invented but realistic Danish templates for letters between the health sector and the
job centre. They show the three kinds of fields brevlint knows in templates: Word merge fields
(complex `MERGEFIELD` fields and `w:fldSimple`, showing «Felt»), content controls that show
their placeholder text (`w:showingPlcHdr`), and docxtpl/Jinja tags (`{{ … }}`, `{% … %}`, also
split over several runs as Word often stores them), plus `[INDSÆT …]` and `XXXX`.
Every name, number and address is made up. `VALUES` holds sample data the tests render with.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import parse_xml

HERE = Path(__file__).resolve().parent
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PROMPT = "Klik eller tryk her for at skrive tekst."
DATE_PROMPT = "Klik eller tryk her for at angive en dato."


@dataclass(frozen=True)
class Merge:  # complex field: { MERGEFIELD name } showing «name»
    name: str


@dataclass(frozen=True)
class Simple:  # w:fldSimple MERGEFIELD
    name: str


@dataclass(frozen=True)
class Control:  # content control showing its placeholder text
    tag: str
    prompt: str = PROMPT


@dataclass(frozen=True)
class Split:  # one piece of text that Word stored in several runs
    pieces: tuple[str, ...]


def _run(text: str) -> str:
    return f'<w:r {W_NS}><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _xml(seg) -> list[str]:
    if isinstance(seg, Merge):
        return [f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {W_NS}><w:instrText xml:space="preserve"> MERGEFIELD {seg.name} \\* MERGEFORMAT </w:instrText>'
                "</w:r>",
                f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>', _run(f"«{seg.name}»"),
                f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>']
    if isinstance(seg, Simple):
        return [f'<w:fldSimple {W_NS} w:instr=" MERGEFIELD {seg.name} ">'
                f'<w:r><w:t xml:space="preserve">«{escape(seg.name)}»</w:t></w:r></w:fldSimple>']
    if isinstance(seg, Control):
        return [f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{seg.tag}"/><w:tag w:val="{seg.tag}"/><w:showingPlcHdr/>'
                f'</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
                f'<w:t xml:space="preserve">{escape(seg.prompt)}</w:t></w:r></w:sdtContent></w:sdt>']
    if isinstance(seg, Split):
        return [_run(piece) for piece in seg.pieces]
    return [_run(seg)]


def _para(doc_or_part, segments, style: str | None = None):
    p = doc_or_part.add_paragraph(style=style)
    for seg in segments if isinstance(segments, list) else [segments]:
        for xml in _xml(seg):
            p._p.append(parse_xml(xml))
    return p


def _build(path: Path, *, header: list, body: list, footer: list | None = None,
           signature_table: list | None = None) -> None:
    doc = Document()
    hdr = doc.sections[0].header
    hdr.paragraphs[0].text = header[0]
    for line in header[1:]:
        _para(hdr, line)
    for item in body:
        if isinstance(item, tuple) and item[0] == "h":
            doc.add_heading(item[1], level=2)
        elif isinstance(item, tuple) and item[0] == "li":
            _para(doc, item[1], style="List Bullet")
        elif item == "":
            doc.add_paragraph()
        else:
            _para(doc, item)
    if signature_table:
        table = doc.add_table(rows=1, cols=1)
        cell = table.rows[0].cells[0]
        cell.paragraphs[0].text = signature_table[0]
        for line in signature_table[1:]:
            _para(cell, line)
    if footer:
        ftr = doc.sections[0].footer
        ftr.paragraphs[0].text = footer[0]
        for line in footer[1:]:
            _para(ftr, line)
    doc.save(path)
    if path.suffix == ".dotx":  # a real Word template: the main part's content type says so
        _mark_as_template(path)


def _mark_as_template(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


SIGN_ANNE = ["Med venlig hilsen", "", "Anne Holm", "Fysioterapeut, Sundhedscenter Randers",
             "Direkte tlf. 89 15 42 37", "E-mail: anne.holm@randers.dk"]


def statusbrev(path: Path) -> None:
    """Health centre to job centre: complex merge fields and content controls."""
    _build(path, header=["Randers Kommune", "Sundhedscenter Randers – Genoptræning og rygforløb",
                         "Laksetorvet 1, 8900 Randers C"], body=[
        ["Til: Jobcenter Randers, Team Sygedagpenge"],
        ["Att.: Sagsbehandler ", Merge("Sagsbehandler")],
        "",
        ["Randers, ", Control("Dato", DATE_PROMPT)],
        "",
        [("Vedr.: borger "), Merge("Borger_navn"), ", f. ", Merge("Foedselsdato")],
        "",
        ["Kære ", Merge("Sagsbehandler")],
        [Merge("Borger_navn"), " har givet samtykke til, at jeg sender denne status til jobcentret."],
        ("h", "Nuværende job"),
        [Merge("Borger_fornavn"), " arbejder som ", Control("Job"), ". ", Control("Jobindhold")],
        ("h", "Funktionsniveau nu"),
        [Merge("Borger_fornavn"), " kan i dag løfte ", Control("Loeft"), " fra bordhøjde og sidde i ",
         Control("Siddetid"), " ad gangen."],
        ("h", "Skånehensyn"),
        [Merge("Borger_fornavn"), " bør ikke løfte mere end ", Control("Loeftegraense"),
         " de næste fire uger og har brug for korte pauser."],
        ("h", "Tidsplan og forventet forløb"),
        ["Forløbet hos os slutter ", Control("Slutdato", DATE_PROMPT), "."],
        ("h", "Vurdering"),
        ["Jeg forventer, at ", Merge("Borger_fornavn"),
         " kan vende tilbage til sit nuværende job på fuld tid, når forløbet er slut."],
        ["Ring eller skriv gerne, hvis du har spørgsmål."],
        "",
        *SIGN_ANNE,
    ])


def forespoergsel(path: Path) -> None:
    """Job centre to GP (a .dotx): simple merge fields, a date control, [INDSÆT …]."""
    _build(path, header=["Jobcenter Randers", "Team Sygedagpenge", "Laksetorvet 1, 8900 Randers C"], body=[
        ["Til: Læge ", Simple("Laege_navn")],
        [Simple("Klinik")],
        "",
        ["Randers, ", Control("Dato", DATE_PROMPT)],
        "",
        ["Vedr.: din patient ", Simple("Borger_navn"), ", f. ", Simple("Foedselsdato")],
        "",
        ["Kære ", Simple("Laege_navn")],
        ["Jeg er sagsbehandler for ", Simple("Borger_navn"), ", som er sygemeldt fra sit job som ",
         Simple("Job"), ". Borgeren har skrevet under på, at hun eller han giver samtykke til, at jeg "
         "kontakter dig. Du får en kopi af samtykket med dette brev."],
        ["Jeg har brug for din vurdering af tre ting:"],
        ("li", ["Hvad kan borgeren klare i dag, når det gælder løft, gang og at stå op?"]),
        ("li", ["Er der skånehensyn, som borgeren skal have på arbejdet?"]),
        ("li", ["Hvornår forventer du, at behandlingen hos dig er slut?"]),
        ["Jeg skal bruge svarene til at lægge en plan for, hvordan borgeren gradvist kan vende tilbage "
         "til sit job. Planen skal vi tale om på et møde den [INDSÆT MØDEDATO]."],
        ["Jeg vil gerne have dit svar senest den ", Control("Frist", DATE_PROMPT),
         ". Du kan svare med et brev eller en sikker e-mail, eller du kan ringe til mig."],
        "",
        "Med venlig hilsen", "", "Louise Kjær", "Sagsbehandler, Jobcenter Randers",
        "Direkte tlf. 89 15 71 62", "E-mail: louise.kjaer@randers.dk",
    ])


def moedeindkaldelse(path: Path) -> None:
    """Invitation to a joint meeting: docxtpl/Jinja tags, one split over runs, a conditional."""
    _build(path, header=["Lindeby Kommune", "Tovholderfunktionen for sundhed og beskæftigelse",
                         "Rådhustorvet 1, 6600 Lindeby"], body=[
        ["Til deltagerne i mødet om ", Split(("{{ bor", "ger.navn }}")), ":"],
        ["{{ deltagere }}"],
        "",
        ["Lindeby, {{ dato }}"],
        "",
        ["Invitation til fælles møde om {{ borger.navn }}s vej tilbage til arbejde"],
        "",
        ["Kære alle"],
        ["Jeg vil gerne invitere jer til et fælles møde om {{ borger.navn }}. {{ borger.navn }} har givet "
         "samtykke til mødet og deltager selv."],
        ["Tid: {{ moede.tid }}"],
        ["Sted: {{ moede.sted }}. {% if moede.video %}Man kan også være med på video.{% else %}"
         "Mødet holdes kun med fremmøde.{% endif %}"],
        ["På mødet vil vi sammen lægge en plan for, hvordan {{ borger.navn }} kan vende tilbage til "
         "arbejdet, og hvilke hensyn der skal tages i starten."],
        ["Giv mig gerne besked senest {{ svarfrist }}, om du kan komme, så jeg kan sende en dagsorden."],
        "",
        "Med venlig hilsen", "", "Tina Bech", "Tovholder, Lindeby Kommune",
        "Direkte tlf. 72 40 18 55", "E-mail: tina.bech@lindeby.dk",
    ])


def statusattest(path: Path) -> None:
    """Physiotherapy clinic status: «Felt» simple fields, contact block in the footer, XXXX."""
    _build(path, header=["Fysioterapi Nord", "Østergade 12, 9800 Hjørring"], body=[
        ["Til: Jobcenter Hjørring, Team Sygedagpenge"],
        "",
        ["Hjørring, [INDSÆT DATO]"],
        "",
        ["Vedr.: ", Simple("Borger_navn"), ", sagsnr. XXXX"],
        "",
        ["Kære ", Simple("Sagsbehandler")],
        [Simple("Borger_navn"), " har givet samtykke til, at jeg skriver til dig om forløbet hos mig."],
        [Simple("Borger_navn"), " arbejder som ", Simple("Job"), " og har haft ondt i lænden siden ",
         Simple("Startdato"), "."],
        ["Borgeren kan i dag løfte ", Simple("Loeft"), " og gå i ", Simple("Gaatid"), " ad gangen."],
        ["Borgeren bør de næste fire uger ikke løfte mere end ", Simple("Loeftegraense"),
         " og skal kunne skifte mellem at sidde og stå."],
        ["Forløbet hos mig slutter ", Simple("Slutdato"), "."],
        ["Jeg forventer, at borgeren kan vende tilbage til sit job på fuld tid efter forløbet."],
        "",
        "Med venlig hilsen", "", "Camilla Bruun", "Fysioterapeut",
    ], footer=["Camilla Bruun · Direkte tlf. 98 12 67 40 · camilla.bruun@fysionord.dk"])


def afslutningsnotat(path: Path) -> None:
    """Back clinic closing note: Jinja split over runs, the signature in a table."""
    _build(path, header=["Regionshospitalet Lindeby", "Rygklinikken", "Sygehusvej 4, 6600 Lindeby"], body=[
        ["Til: Jobcenter Lindeby, Team Sygedagpenge"],
        ["Att.: {{ sagsbehandler }}"],
        "",
        ["Lindeby, {{ dato }}"],
        "",
        ["Vedr.: ", Split(("{{ borger", ".navn }}", ", f. {{ borger.", "foedselsdato }}"))],
        "",
        ["Kære {{ sagsbehandler }}"],
        ["{{ borger.fornavn }} har givet samtykke til, at vi sender dette notat til jobcentret."],
        ["{{ borger.fornavn }} arbejder som {{ borger.job }}. Forløbet i Rygklinikken sluttede "
         "{{ slutdato }}."],
        ["{{ borger.fornavn }} kan i dag løfte {{ loeft }} og sidde i {{ siddetid }} ad gangen."],
        ["{% if skaanehensyn %}{{ borger.fornavn }} bør ikke løfte mere end {{ loeftegraense }} de næste "
         "fire uger.{% else %}{{ borger.fornavn }} har ikke brug for skånehensyn.{% endif %}"],
        ["Vi anbefaler, at {{ borger.fornavn }} starter med fire timer om dagen og øger til fuld tid over "
         "fire uger. Vi forventer, at {{ borger.fornavn }} kan vende tilbage til sit job på fuld tid."],
        "",
        "Med venlig hilsen",
    ], signature_table=["Jonas Winther", "Overlæge, Rygklinikken", "Direkte tlf. 76 22 14 90",
                        "E-mail: jonas.winther@rlindeby.dk"])


TEMPLATES = {
    "statusbrev-sundhedscenter.docx": statusbrev,
    "forespoergsel-til-laege.dotx": forespoergsel,
    "moedeindkaldelse.docx": moedeindkaldelse,
    "statusattest-fysioterapi.docx": statusattest,
    "afslutningsnotat-rygklinik.docx": afslutningsnotat,
}

# Sample data for rendering: merge-field names, content-control tags, Jinja names and literal
# placeholders, all mapped to what a filled-in letter says.
VALUES = {
    "Sagsbehandler": "Louise Kjær", "Borger_navn": "Kim Andersen", "Borger_fornavn": "Kim",
    "Foedselsdato": "14.05.1979", "Dato": "12. februar 2026", "Job": "lagermedarbejder",
    "Jobindhold": "Han plukker varer og løfter kasser på op til 20 kg.", "Loeft": "8 kg",
    "Siddetid": "30 minutter", "Loeftegraense": "10 kg", "Slutdato": "27. marts 2026",
    "Laege_navn": "Anders Bøgh", "Klinik": "Lægehuset i Langå", "Frist": "4. marts 2026",
    "Startdato": "december 2025", "Gaatid": "en time",
    "[INDSÆT MØDEDATO]": "10. marts 2026", "[INDSÆT DATO]": "12. februar 2026", "XXXX": "2026-1187",
    "borger.navn": "Peter Juhl", "borger.fornavn": "Peter", "borger.job": "chauffør",
    "borger.foedselsdato": "02.11.1971", "deltagere": "Peter Juhl, Læge Marianne Kaas og Tina Bech",
    "dato": "4. marts 2026", "moede.tid": "torsdag den 19. marts 2026 kl. 13.00-14.30",
    "moede.sted": "Rådhuset i Lindeby, mødelokale 2", "moede.video": True, "svarfrist": "den 12. marts 2026",
    "sagsbehandler": "Sofie Berg", "slutdato": "20. februar 2026", "loeft": "12 kg", "siddetid": "45 minutter",
    "skaanehensyn": True, "loeftegraense": "15 kg",
}


def main() -> None:
    for name, make in TEMPLATES.items():
        make(HERE / name)


if __name__ == "__main__":
    main()
