"""Rebuild the example letters in this folder (python examples/make_examples.py).

The example is an invented letter; every name, number and address is made up.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

LETTERHEAD = ["Sundhedscenter Lindeby", "Genoptræning og rygforløb", "Parkvej 2, 6600 Lindeby"]
RECIPIENT = ["Til: Jobcenter Lindeby, Team Sygedagpenge", "Att.: Sagsbehandler Sofie Berg"]
SUBJECT = "Vedr.: Status på rygforløb for Ole Hansen"
BODY = [
    "Kære Sofie Berg",
    "Ole Hansen har givet samtykke til, at jeg sender dig denne status.",
    "Ole arbejder som lagermedarbejder og løfter normalt kasser på op til 20 kg. "
    "Han har en diskusprolaps og har været sygemeldt siden 5. januar 2026.",
    "Han kan i dag løfte 8 kg fra bordhøjde og sidde i cirka 30 minutter ad gangen.",
    "Såfremt Ole skal starte op igen, bør han de første fire uger ikke løfte mere end 10 kg, "
    "og han skal have mulighed for korte pauser.",
    "Forløbet hos os forventes afsluttet i uge 14.",
    "Jeg forventer, at Ole kan vende tilbage til sit job på fuld tid efter forløbet.",
    "Med venlig hilsen",
]
SIGNATURE = ["Marie Jensen", "Fysioterapeut, Sundhedscenter Lindeby", "Direkte tlf. 40 27 15 93"]


def build_docx(path: Path) -> None:
    doc = Document()
    header = doc.sections[0].header
    header.paragraphs[0].text = LETTERHEAD[0]
    for line in LETTERHEAD[1:]:
        header.add_paragraph(line)
    for line in RECIPIENT:
        doc.add_paragraph(line)
    doc.add_paragraph(SUBJECT)
    for line in BODY:
        doc.add_paragraph(line)
    for line in SIGNATURE:
        doc.add_paragraph(line)
    doc.save(path)


def build_txt(path: Path) -> None:
    blocks = ["\n".join(LETTERHEAD), "\n".join(RECIPIENT), SUBJECT, *BODY, "\n".join(SIGNATURE)]
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build_docx(HERE / "brev-til-jobcenter.docx")
    build_txt(HERE / "brev-til-jobcenter.txt")
