#!/usr/bin/env python3
"""Draws the specimen images of samples/images: documents and a selfie of one fictional holder.

    specimen-passport.jpg   a passport data page (ICAO 9303 TD3 machine-readable zone)
    specimen-id-front.jpg   the front of an identity card (ID-1 size)
    specimen-id-back.jpg    its back (ICAO 9303 TD1 machine-readable zone)
    specimen-selfie.jpg     a drawn head-and-shoulders "selfie"

Everything is made up (the state of Utopia, code UTO, does not exist), every image is marked SPECIMEN, and the
faces are drawings, not photographs of anyone. Needs Debian's python3-pil and fonts-dejavu-core. Run from anywhere:

    /usr/bin/python3 samples/images/make-specimen.py

The output is deterministic: the same Pillow version writes the same bytes.
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

# The holder; samples/Progeny.Cli's embedded fake server returns the same data.
ISSUING_STATE = "UTO"
COUNTRY_NAME = "UTOPIA"
SURNAME = "SPECIMEN"
GIVEN_NAMES = "ANNA MARIA"
NATIONALITY = "UTOPIAN"
DOCUMENT_NUMBER = "X1234567"
SEX = "F"
DATE_OF_BIRTH = (1990, 4, 12)
DATE_OF_ISSUE = (2021, 6, 1)
DATE_OF_EXPIRY = (2031, 5, 31)
PLACE_OF_BIRTH = "NOWHERE CITY"
ADDRESS = ("1 IMAGINARY LANE", "NOWHERE CITY 00000")
AUTHORITY = "MINISTRY OF FICTION"

WIDTH, HEIGHT = 1000, 700               # the passport page
CARD_WIDTH, CARD_HEIGHT = 1000, 631     # ID-1, 85.60 x 53.98 mm
SELFIE_WIDTH, SELFIE_HEIGHT = 600, 800
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FOLDER = Path(__file__).resolve().parent

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
HEADER_BLUE = (28, 64, 104)
HEADER_TEXT = (240, 232, 200)
LABEL = (70, 88, 110)
INK = (20, 24, 30)
MRZ_PAPER = (250, 250, 247)


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), size)


def check_digit(field: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, A-Z as 10-35, '<' as 0."""
    total = 0
    for i, char in enumerate(field):
        if char.isdigit():
            value = int(char)
        elif char.isalpha():
            value = ord(char) - ord("A") + 10
        else:
            value = 0
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def yymmdd(date: tuple[int, int, int]) -> str:
    year, month, day = date
    return f"{year % 100:02d}{month:02d}{day:02d}"


def printed(date: tuple[int, int, int]) -> str:
    year, month, day = date
    return f"{day:02d} {MONTHS[month - 1]} {year}"


def mrz_name(length: int) -> str:
    return (SURNAME.replace(" ", "<") + "<<" + GIVEN_NAMES.replace(" ", "<")).ljust(length, "<")[:length]


def mrz_lines() -> tuple[str, str]:
    """The two 44-character lines of a TD3 (passport) machine-readable zone."""
    line1 = ("P<" + ISSUING_STATE + mrz_name(39))[:44]
    number = DOCUMENT_NUMBER.ljust(9, "<")
    birth = yymmdd(DATE_OF_BIRTH)
    expiry = yymmdd(DATE_OF_EXPIRY)
    personal = "".ljust(14, "<")
    line2 = (number + check_digit(number) + ISSUING_STATE + birth + check_digit(birth) + SEX
             + expiry + check_digit(expiry) + personal + check_digit(personal))
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    line2 += check_digit(composite)
    assert len(line1) == 44 and len(line2) == 44, (line1, line2)
    return line1, line2


def td1_lines() -> tuple[str, str, str]:
    """The three 30-character lines of a TD1 (identity card) machine-readable zone."""
    number = DOCUMENT_NUMBER.ljust(9, "<")
    line1 = ("I<" + ISSUING_STATE + number + check_digit(number)).ljust(30, "<")
    birth = yymmdd(DATE_OF_BIRTH)
    expiry = yymmdd(DATE_OF_EXPIRY)
    line2 = (birth + check_digit(birth) + SEX + expiry + check_digit(expiry) + ISSUING_STATE).ljust(29, "<")
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    line2 += check_digit(composite)
    line3 = mrz_name(30)
    assert len(line1) == len(line2) == len(line3) == 30, (line1, line2, line3)
    return line1, line2, line3


def background(width: int, height: int, centre: tuple[int, int]) -> Image.Image:
    """A pale paper tint with fine guilloche-like waves and rings around centre, drawn, not photographed."""
    page = Image.new("RGB", (width, height), (236, 241, 235))
    draw = ImageDraw.Draw(page)
    for k in range(0, height // 26):
        points = []
        for x in range(0, width + 10, 6):
            y = 40 + k * 26 + 9 * math.sin(x / 37.0 + k * 0.7) + 5 * math.sin(x / 11.0 - k)
            points.append((x, y))
        draw.line(points, fill=(214, 226, 216), width=1)
    cx, cy = centre
    for r in range(40, 320, 14):
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(222, 231, 222), width=1)
    return page


def portrait(page: Image.Image, box: tuple[int, int, int, int]) -> None:
    """A drawn head-and-shoulders silhouette, clipped to its frame."""
    left, top, right, bottom = box
    width, height = right - left, bottom - top
    photo = Image.new("RGB", (width, height), (214, 222, 230))
    draw = ImageDraw.Draw(photo)
    figure = (118, 130, 145)
    cx = width // 2
    # Shoulders: the top of a wide ellipse that runs out of the frame's bottom edge.
    draw.ellipse((cx - width * 0.46, height * 0.70, cx + width * 0.46, height * 1.45), fill=figure)
    # Neck, then the head.
    draw.rectangle((cx - width * 0.085, height * 0.50, cx + width * 0.085, height * 0.76), fill=figure)
    draw.ellipse((cx - width * 0.19, height * 0.15, cx + width * 0.19, height * 0.58), fill=figure)
    page.paste(photo, (left, top))
    ImageDraw.Draw(page).rectangle(box, outline=(90, 100, 110), width=2)


def field(draw: ImageDraw.ImageDraw, x: int, y: int, label: str, value: str, size: int = 22) -> None:
    draw.text((x, y), label, font=font("DejaVuSans.ttf", 13), fill=LABEL)
    draw.text((x, y + 17), value, font=font("DejaVuSans-Bold.ttf", size), fill=INK)


def stamp_specimen(page: Image.Image, size: int = 130, offset: tuple[int, int] = (60, -40)) -> Image.Image:
    """A translucent red diagonal SPECIMEN across the page."""
    width, height = page.size
    overlay = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    layer_width, layer_height = size * 90 // 13, size * 20 // 13  # room for the word at this size
    text_layer = Image.new("RGBA", (layer_width, layer_height), (0, 0, 0, 0))
    ImageDraw.Draw(text_layer).text((layer_width // 2, layer_height // 2), "SPECIMEN", anchor="mm",
                                    font=font("DejaVuSans-Bold.ttf", size), fill=(200, 30, 40, 70))
    rotated = text_layer.rotate(18, expand=True, resample=Image.BICUBIC)
    overlay.alpha_composite(rotated, ((width - rotated.width) // 2 + offset[0], (height - rotated.height) // 2 + offset[1]))
    return Image.alpha_composite(page.convert("RGBA"), overlay).convert("RGB")


def header(draw: ImageDraw.ImageDraw, width: int, title: str, subtitle: str, warning: str) -> None:
    """The blue band across the top: the state, the document's name and the SPECIMEN warning."""
    draw.rectangle((0, 0, width, 78), fill=HEADER_BLUE)
    draw.text((40, 16), f"REPUBLIC OF {COUNTRY_NAME}", font=font("DejaVuSerif-Bold.ttf", 30), fill=HEADER_TEXT)
    draw.text((width - 40, 14), title, anchor="ra", font=font("DejaVuSerif-Bold.ttf", 26), fill=HEADER_TEXT)
    draw.text((width - 40, 48), subtitle, anchor="ra", font=font("DejaVuSerif.ttf", 15), fill=(210, 210, 190))
    draw.text((40, 54), warning, font=font("DejaVuSans-Bold.ttf", 13), fill=(255, 140, 140))


def signature(draw: ImageDraw.ImageDraw, x: int, y: int) -> None:
    """The holder's signature: a label and a drawn scribble."""
    draw.text((x, y), "Holder's signature / Signature du titulaire", font=font("DejaVuSans.ttf", 12), fill=LABEL)
    draw.text((x + 12, y + 16), "A. M. Specimen", font=font("DejaVuSerif-Italic.ttf", 28), fill=(30, 40, 110))


def mrz(page: Image.Image, top: int, first: int, step: int, lines: tuple[str, ...], size: int) -> None:
    """A machine-readable zone: a white band from top to the bottom edge, its lines centred from first, step apart."""
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, top, page.width, page.height), fill=MRZ_PAPER)
    for i, line in enumerate(lines):
        draw.text((page.width // 2, first + i * step), line, anchor="mm", font=font("DejaVuSansMono.ttf", size), fill=(10, 10, 10))


def save(image: Image.Image, name: str) -> Path:
    """Softens the image a touch, as a camera would, and writes it as a JPEG."""
    output = FOLDER / name
    image.filter(ImageFilter.GaussianBlur(0.4)).save(output, "JPEG", quality=85, optimize=True)
    print(f"{output} ({image.width}x{image.height}, {output.stat().st_size} bytes)")
    return output


def passport() -> Image.Image:
    page = background(WIDTH, HEIGHT, (640, 380))
    draw = ImageDraw.Draw(page)
    header(draw, WIDTH, "PASSPORT", "PASSEPORT · PASAPORTE", "SPECIMEN — NOT A VALID TRAVEL DOCUMENT")
    portrait(page, (40, 110, 300, 440))

    # Fields, two columns.
    col1, col2 = 340, 680
    field(draw, col1, 100, "Type / Type", "P")
    field(draw, col1 + 130, 100, "Code / Code", ISSUING_STATE)
    field(draw, col2, 100, "Passport No. / N° du passeport", DOCUMENT_NUMBER)
    field(draw, col1, 160, "Surname / Nom", SURNAME)
    field(draw, col1, 220, "Given names / Prénoms", GIVEN_NAMES)
    field(draw, col1, 280, "Nationality / Nationalité", NATIONALITY)
    field(draw, col2, 280, "Sex / Sexe", SEX)
    field(draw, col1, 340, "Date of birth / Date de naissance", printed(DATE_OF_BIRTH))
    field(draw, col2, 340, "Place of birth / Lieu de naissance", PLACE_OF_BIRTH)
    field(draw, col1, 400, "Date of issue / Date de délivrance", printed(DATE_OF_ISSUE))
    field(draw, col2, 400, "Authority / Autorité", AUTHORITY)
    field(draw, col1, 460, "Date of expiry / Date d'expiration", printed(DATE_OF_EXPIRY))
    signature(draw, 40, 452)

    page = stamp_specimen(page)
    mrz(page, 540, 590, 55, mrz_lines(), 33)
    return page


def card_front() -> Image.Image:
    card = background(CARD_WIDTH, CARD_HEIGHT, (700, 340))
    draw = ImageDraw.Draw(card)
    header(draw, CARD_WIDTH, "IDENTITY CARD", "CARTE D'IDENTITÉ · DOCUMENTO DE IDENTIDAD", "SPECIMEN — NOT A VALID IDENTITY DOCUMENT")
    portrait(card, (40, 110, 290, 430))

    col1, col2 = 330, 680
    field(draw, col1, 100, "Surname / Nom", SURNAME, 26)
    field(draw, col1, 165, "Given names / Prénoms", GIVEN_NAMES, 26)
    field(draw, col1, 230, "Sex / Sexe", SEX)
    field(draw, col1 + 150, 230, "Nationality / Nationalité", NATIONALITY)
    field(draw, col1, 290, "Date of birth / Date de naissance", printed(DATE_OF_BIRTH))
    field(draw, col1, 350, "Document No. / N° du document", DOCUMENT_NUMBER)
    field(draw, col2, 350, "Date of expiry / Date d'expiration", printed(DATE_OF_EXPIRY))
    signature(draw, 40, 450)
    field(draw, col1, 450, "Card access number / Numéro d'accès", "000000")
    return stamp_specimen(card, 110, (40, 30))


def card_back() -> Image.Image:
    card = background(CARD_WIDTH, CARD_HEIGHT, (300, 220))
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, CARD_WIDTH, 40), fill=HEADER_BLUE)
    draw.text((40, 9), f"REPUBLIC OF {COUNTRY_NAME} · IDENTITY CARD · SPECIMEN — NOT A VALID DOCUMENT",
              font=font("DejaVuSans-Bold.ttf", 16), fill=HEADER_TEXT)

    col1, col2 = 40, 520
    field(draw, col1, 60, "Address / Adresse", ADDRESS[0])
    draw.text((col1, 104), ADDRESS[1], font=font("DejaVuSans-Bold.ttf", 22), fill=INK)
    field(draw, col2, 60, "Place of birth / Lieu de naissance", PLACE_OF_BIRTH)
    field(draw, col1, 150, "Date of issue / Date de délivrance", printed(DATE_OF_ISSUE))
    field(draw, col2, 150, "Authority / Autorité", AUTHORITY)
    field(draw, col1, 210, "Height / Taille", "170 cm")
    field(draw, col2, 210, "Eyes / Yeux", "GREY")

    card = stamp_specimen(card, 100, (0, -90))
    mrz(card, 400, 450, 68, td1_lines(), 44)
    return card


def selfie() -> Image.Image:
    """A drawn head-and-shoulders picture, as a phone's front camera would frame it: a drawing, not anyone's photo."""
    w, h = SELFIE_WIDTH, SELFIE_HEIGHT
    image = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(image)
    for y in range(h):  # a soft wall behind, lighter at the top
        shade = int(226 - 40 * y / h)
        draw.line((0, y, w, y), fill=(shade, shade + 4, shade + 10))

    cx = w // 2
    skin, shadow, hair = (224, 184, 156), (200, 158, 130), (92, 64, 48)
    draw.ellipse((cx - 270, 610, cx + 270, 1100), fill=(64, 92, 132))               # shoulders, in a blue top
    draw.polygon([(cx - 60, 600), (cx + 60, 600), (cx, 690)], fill=skin)            # the neckline
    draw.rectangle((cx - 55, 470, cx + 55, 610), fill=shadow)                       # neck
    draw.ellipse((cx - 175, 110, cx + 175, 450), fill=hair)                         # hair behind
    draw.rectangle((cx - 175, 280, cx + 175, 560), fill=hair)                       # hair down to the shoulders
    draw.ellipse((cx - 140, 150, cx + 140, 530), fill=skin)                         # face
    draw.ellipse((cx - 160, 300, cx - 125, 370), fill=shadow)                       # ears
    draw.ellipse((cx + 125, 300, cx + 160, 370), fill=shadow)
    draw.chord((cx - 150, 110, cx + 150, 330), 180, 360, fill=hair)                 # fringe
    for side in (-1, 1):
        ex = cx + side * 58
        draw.arc((ex - 38, 268, ex + 38, 300), 200, 340, fill=(70, 48, 36), width=6)  # eyebrow
        draw.ellipse((ex - 30, 305, ex + 30, 335), fill=(250, 250, 248))              # eye
        draw.ellipse((ex - 13, 307, ex + 13, 333), fill=(96, 110, 120))               # iris
        draw.ellipse((ex - 6, 314, ex + 6, 326), fill=(20, 20, 24))                   # pupil
    draw.line((cx, 330, cx - 12, 400, cx + 8, 408), fill=shadow, width=5)            # nose
    draw.chord((cx - 52, 420, cx + 52, 470), 0, 180, fill=(178, 92, 96))            # mouth

    draw.rectangle((0, h - 56, w, h), fill=(20, 24, 30))
    draw.text((cx, h - 28), "SPECIMEN — DRAWN, NOT A REAL PERSON", anchor="mm",
              font=font("DejaVuSans-Bold.ttf", 20), fill=(255, 140, 140))
    return stamp_specimen(image, 90, (0, 160))


def main() -> None:
    save(passport(), "specimen-passport.jpg")
    for line in mrz_lines():
        print(line)
    save(card_front(), "specimen-id-front.jpg")
    save(card_back(), "specimen-id-back.jpg")
    for line in td1_lines():
        print(line)
    save(selfie(), "specimen-selfie.jpg")


if __name__ == "__main__":
    main()
