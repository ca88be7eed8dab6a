#!/usr/bin/env python3
"""Draws samples/images/specimen-passport.jpg: a synthetic passport data page of a fictional holder.

Everything on the page is made up (the state of Utopia, code UTO, does not exist) and the page is
marked SPECIMEN. Needs Debian's python3-pil and fonts-dejavu-core. Run from anywhere:

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
AUTHORITY = "MINISTRY OF FICTION"

WIDTH, HEIGHT = 1000, 700
FONTS = Path("/usr/share/fonts/truetype/dejavu")
OUTPUT = Path(__file__).resolve().parent / "specimen-passport.jpg"

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


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


def mrz_lines() -> tuple[str, str]:
    """The two 44-character lines of a TD3 (passport) machine-readable zone."""
    name = SURNAME.replace(" ", "<") + "<<" + GIVEN_NAMES.replace(" ", "<")
    line1 = ("P<" + ISSUING_STATE + name).ljust(44, "<")[:44]
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


def background() -> Image.Image:
    """A pale paper tint with fine guilloche-like waves, drawn, not photographed."""
    page = Image.new("RGB", (WIDTH, HEIGHT), (236, 241, 235))
    draw = ImageDraw.Draw(page)
    for k in range(0, 26):
        points = []
        for x in range(0, WIDTH + 10, 6):
            y = 40 + k * 26 + 9 * math.sin(x / 37.0 + k * 0.7) + 5 * math.sin(x / 11.0 - k)
            points.append((x, y))
        draw.line(points, fill=(214, 226, 216), width=1)
    for r in range(40, 320, 14):
        draw.ellipse((640 - r, 380 - r, 640 + r, 380 + r), outline=(222, 231, 222), width=1)
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


def field(draw: ImageDraw.ImageDraw, x: int, y: int, label: str, value: str) -> None:
    draw.text((x, y), label, font=font("DejaVuSans.ttf", 13), fill=(70, 88, 110))
    draw.text((x, y + 17), value, font=font("DejaVuSans-Bold.ttf", 22), fill=(20, 24, 30))


def stamp_specimen(page: Image.Image) -> Image.Image:
    """A translucent red diagonal SPECIMEN across the page."""
    overlay = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    text_layer = Image.new("RGBA", (900, 200), (0, 0, 0, 0))
    ImageDraw.Draw(text_layer).text((450, 100), "SPECIMEN", anchor="mm",
                                    font=font("DejaVuSans-Bold.ttf", 130), fill=(200, 30, 40, 70))
    rotated = text_layer.rotate(18, expand=True, resample=Image.BICUBIC)
    overlay.alpha_composite(rotated, ((WIDTH - rotated.width) // 2 + 60, (HEIGHT - rotated.height) // 2 - 40))
    return Image.alpha_composite(page.convert("RGBA"), overlay).convert("RGB")


def main() -> None:
    page = background()
    draw = ImageDraw.Draw(page)

    # Header band.
    draw.rectangle((0, 0, WIDTH, 78), fill=(28, 64, 104))
    draw.text((40, 16), f"REPUBLIC OF {COUNTRY_NAME}", font=font("DejaVuSerif-Bold.ttf", 30), fill=(240, 232, 200))
    draw.text((WIDTH - 40, 14), "PASSPORT", anchor="ra", font=font("DejaVuSerif-Bold.ttf", 26), fill=(240, 232, 200))
    draw.text((WIDTH - 40, 48), "PASSEPORT · PASAPORTE", anchor="ra", font=font("DejaVuSerif.ttf", 15),
              fill=(210, 210, 190))
    draw.text((40, 54), "SPECIMEN — NOT A VALID TRAVEL DOCUMENT", font=font("DejaVuSans-Bold.ttf", 13),
              fill=(255, 140, 140))

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

    # Holder's signature: a drawn scribble under the portrait.
    draw.text((40, 452), "Holder's signature / Signature du titulaire", font=font("DejaVuSans.ttf", 12),
              fill=(70, 88, 110))
    draw.text((52, 468), "A. M. Specimen", font=font("DejaVuSerif-Italic.ttf", 28), fill=(30, 40, 110))

    page = stamp_specimen(page)
    draw = ImageDraw.Draw(page)

    # Machine-readable zone on a white band.
    draw.rectangle((0, 540, WIDTH, HEIGHT), fill=(250, 250, 247))
    line1, line2 = mrz_lines()
    mrz_font = font("DejaVuSansMono.ttf", 33)
    draw.text((WIDTH // 2, 590), line1, anchor="mm", font=mrz_font, fill=(10, 10, 10))
    draw.text((WIDTH // 2, 645), line2, anchor="mm", font=mrz_font, fill=(10, 10, 10))

    # A touch of softness, as a camera would give.
    page = page.filter(ImageFilter.GaussianBlur(0.4))
    page.save(OUTPUT, "JPEG", quality=85, optimize=True)
    print(f"{OUTPUT} ({page.width}x{page.height}, {OUTPUT.stat().st_size} bytes)")
    print(line1)
    print(line2)


if __name__ == "__main__":
    main()
