#!/usr/bin/env python3
"""Writes sample.jpg and sample.png beside this script: tiny real images (16x16 px, a colour gradient) that Pillow,
and so Django REST Framework's ImageField, decodes. Tests upload them wherever an image must be accepted.

Needs Debian's python3-pil. Run from anywhere:

    /usr/bin/python3 tests/Shared/Images/make-sample-images.py

The output is deterministic: the same Pillow version writes the same bytes.
"""

from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
SIZE = 16

image = Image.new("RGB", (SIZE, SIZE))
image.putdata([(x * 16, y * 16, 128) for y in range(SIZE) for x in range(SIZE)])
image.save(HERE / "sample.jpg", "JPEG", quality=75)
image.save(HERE / "sample.png", "PNG")

for name in ("sample.jpg", "sample.png"):
    with Image.open(HERE / name) as check:
        check.verify()
    print(name, (HERE / name).stat().st_size, "bytes")
