#!/usr/bin/env python3
"""Writes the tiny media files the media rules' examples and MediaProbeTests read.

Every file is built by hand with the Python standard library (no image or video tools),
so that anyone can regenerate them and see exactly which bytes the probe reads. Images
are valid and decodable; the movies carry only the boxes a header reader needs (no
frames); the sounds are silence. Run from anywhere: python3 make_fixtures.py
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# --- PNG: 1-bit grayscale, all black, one IDAT --------------------------------------

def png(width, height):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    row = b"\x00" + b"\x00" * ((width + 7) // 8)          # filter byte, then the pixels
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(row * height, 9)) + chunk(b"IEND", b""))


# --- JPEG: baseline, one gray component, every block flat ----------------------------
# Both Huffman tables have one 1-bit code (DC difference category 0, AC end-of-block),
# so each 8x8 block costs 2 zero bits. An EXIF segment comes before the frame header so
# that the probe must skip it.

def jpeg(width, height):
    def segment(marker, body):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(body) + 2) + body
    exif = segment(0xE1, b"Exif\x00\x00" + b"MM\x00\x2a\x00\x00\x00\x08\x00\x00" + b"\x00" * 32)
    dqt = segment(0xDB, b"\x00" + b"\x01" * 64)
    sof = segment(0xC0, struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00")
    one_code = bytes([1] + [0] * 15)                      # one code of length 1...
    dht = segment(0xC4, b"\x00" + one_code + b"\x00") + segment(0xC4, b"\x10" + one_code + b"\x00")
    sos = segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    scan = b"\x00" * ((blocks * 2 + 7) // 8)
    return b"\xff\xd8" + exif + dqt + sof + dht + sos + scan + b"\xff\xd9"


# --- GIF: a logical screen of the given size holding one 1x1 black image -------------

def gif(width, height):
    return (b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
            + b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x02\x44\x01\x00" + b"\x3b")


# --- BMP: 8-bit palette, RLE8 (a row is two runs and an end-of-line) -----------------

def bmp(width, height):
    row = b""
    left = width
    while left:
        run = min(left, 255)
        row += bytes([run, 0])              # `run` pixels of color 0
        left -= run
    pixels = (row + b"\x00\x00") * height + b"\x00\x01"   # end of line each row, end of bitmap
    palette = b"\x00\x00\x00\x00\xff\xff\xff\x00"
    offset = 14 + 40 + len(palette)
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 8, 1, len(pixels), 2835, 2835, 2, 0)
    return b"BM" + struct.pack("<IHHI", offset + len(pixels), 0, 0, offset) + info + palette + pixels


# --- WebP: lossless (VP8L), every prefix code a single symbol, so pixels cost 0 bits --

def webp(width, height):
    bits = []

    def put(value, count):
        for i in range(count):
            bits.append((value >> i) & 1)
    put(0x2F, 8)
    put(width - 1, 14)
    put(height - 1, 14)
    put(0, 1)            # alpha not used
    put(0, 3)            # version
    put(0, 1)            # no transform
    put(0, 1)            # no color cache
    put(0, 1)            # no meta prefix codes
    for symbol in (0, 0, 0, 255, 0):          # green, red, blue, alpha, distance
        put(1, 1)        # simple code
        put(0, 1)        # one symbol
        if symbol < 2:
            put(0, 1)    # 1-bit symbol
            put(symbol, 1)
        else:
            put(1, 1)    # 8-bit symbol
            put(symbol, 8)
    data = bytes(sum(bit << i for i, bit in enumerate(bits[k:k + 8])) for k in range(0, len(bits), 8))
    body = b"WEBP" + b"VP8L" + struct.pack("<I", len(data)) + data + b"\x00" * (len(data) % 2)
    return b"RIFF" + struct.pack("<I", len(body)) + body


# --- TIFF: bilevel, PackBits, one strip; either byte order ---------------------------

def tiff(width, height, big_endian, long_sizes):
    o = ">" if big_endian else "<"
    row = bytes([(1 - (width + 7) // 8) & 0xFF, 0])      # PackBits: repeat 0 for the row
    strip = row * height
    entries = []

    def entry(tag, kind, value):
        if kind == 3:
            packed = struct.pack(o + "HH", value, 0)
        else:
            packed = struct.pack(o + "I", value)
        entries.append(struct.pack(o + "HHI", tag, kind, 1) + packed)
    size_kind = 4 if long_sizes else 3
    ifd_offset = 8
    count = 12
    after_ifd = ifd_offset + 2 + count * 12 + 4
    resolution = after_ifd
    strip_offset = after_ifd + 8
    entry(256, size_kind, width)
    entry(257, size_kind, height)
    entry(258, 3, 1)
    entry(259, 3, 32773)
    entry(262, 3, 1)
    entry(273, 4, strip_offset)
    entry(277, 3, 1)
    entry(278, 3, height)
    entry(279, 4, len(strip))
    entry(282, 5, resolution)
    entry(283, 5, resolution)
    entry(296, 3, 2)
    header = (b"MM\x00\x2a" if big_endian else b"II\x2a\x00") + struct.pack(o + "I", ifd_offset)
    ifd = struct.pack(o + "H", count) + b"".join(entries) + struct.pack(o + "I", 0)
    return header + ifd + struct.pack(o + "II", 72, 1) + strip


# --- MP4 and MOV: ftyp, moov (mvhd, one video trak), an empty mdat -------------------

def box(kind, *parts):
    body = b"".join(parts)
    return struct.pack(">I", 8 + len(body)) + kind + body


IDENTITY = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
QUARTER_TURN = struct.pack(">9I", 0, 0x10000, 0, 0xFFFF0000, 0, 0, 0, 0, 0x40000000)


def movie(brand, width, height, seconds, timescale=600, matrix=IDENTITY, mdat_first=False):
    duration = int(seconds * timescale)
    mvhd = box(b"mvhd", struct.pack(">IIIII", 0, 0, 0, timescale, duration), struct.pack(">IH", 0x10000, 0x100),
               b"\x00" * 10, IDENTITY, b"\x00" * 24, struct.pack(">I", 2))
    tkhd = box(b"tkhd", struct.pack(">IIIIII", 3, 0, 0, 1, 0, duration), b"\x00" * 8, struct.pack(">HHHH", 0, 0, 0, 0),
               matrix, struct.pack(">II", width << 16, height << 16))
    mdhd = box(b"mdhd", struct.pack(">IIIII", 0, 0, 0, timescale, duration), struct.pack(">HH", 0x55C4, 0))
    hdlr = box(b"hdlr", struct.pack(">II", 0, 0), b"vide", b"\x00" * 12, b"VideoHandler\x00")
    sound = box(b"trak", box(b"tkhd", struct.pack(">IIIIII", 3, 0, 0, 2, 0, duration), b"\x00" * 8,
                                 struct.pack(">HHHH", 0, 0, 0x100, 0), IDENTITY, struct.pack(">II", 0, 0)),
                box(b"mdia", box(b"hdlr", struct.pack(">II", 0, 0), b"soun", b"\x00" * 12, b"SoundHandler\x00")))
    # The sound track comes first, so the probe must pick the video track by its handler.
    moov = box(b"moov", mvhd, sound, box(b"trak", tkhd, box(b"mdia", mdhd, hdlr)))
    ftyp = box(b"ftyp", brand, struct.pack(">I", 0x200), brand, b"isom" if brand != b"qt  " else b"")
    mdat = box(b"mdat", b"")
    if brand == b"qt  ":
        ftyp = box(b"ftyp", brand, struct.pack(">I", 0x200), brand)
        mdat = box(b"wide") + mdat
    return ftyp + (mdat + moov if mdat_first else moov + mdat)


# --- WAV: 8 kHz, 8-bit mono silence ---------------------------------------------------

def wav(seconds, rate=8000):
    data = b"\x80" * int(seconds * rate)
    fmt = struct.pack("<HHIIHH", 1, 1, rate, rate, 1, 8)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


# --- MP3: an ID3v2 tag, then MPEG-2 layer III frames at 16 kbit/s, 16 kHz, mono -------
# Each frame is 72 bytes and 576 samples (36 ms). The CBR file has real frames; the VBR
# one has a Xing header whose frame count is what the probe must use.

def id3(text):
    frame = b"TIT2" + struct.pack(">I", len(text) + 1) + b"\x00\x00" + b"\x00" + text
    size = len(frame)
    syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    return b"ID3\x04\x00\x00" + syncsafe + frame


MP3_FRAME_HEADER = b"\xff\xf3\x28\xc4"   # MPEG-2, layer III, no CRC, 16 kbit/s, 16 kHz, mono


def mp3_cbr(frames):
    return id3(b"silence") + (MP3_FRAME_HEADER + b"\x00" * 68) * frames


def mp3_xing(declared_frames, real_frames):
    xing = MP3_FRAME_HEADER + b"\x00" * 9 + b"Xing" + struct.pack(">II", 1, declared_frames)
    xing += b"\x00" * (72 - len(xing))
    return xing + (MP3_FRAME_HEADER + b"\x00" * 68) * real_frames


def main():
    write("photo.png", png(640, 480))
    write("small.png", png(200, 150))
    write("wide.png", png(3000, 1000))
    write("photo.jpg", jpeg(400, 300))
    write("photo.gif", gif(400, 300))
    write("photo.bmp", bmp(400, 300))
    write("photo.webp", webp(400, 300))
    write("photo.tiff", tiff(400, 300, big_endian=False, long_sizes=False))
    write("photo-mm.tif", tiff(500, 400, big_endian=True, long_sizes=True))
    # A PNG under a .jpg name: the format comes from the bytes.
    write("really-png.jpg", png(640, 480))
    write("clip.mp4", movie(b"isom", 1280, 720, 5))
    write("clip-1080p.mp4", movie(b"mp42", 1920, 1080, 6))
    write("tiny.mp4", movie(b"isom", 160, 120, 3))
    write("portrait.mov", movie(b"qt  ", 854, 480, 4.5, matrix=QUARTER_TURN, mdat_first=True))
    write("voice.wav", wav(3))
    write("voice.mp3", mp3_cbr(84))                 # 84 × 36 ms = 3.024 s
    write("vbr.mp3", mp3_xing(declared_frames=250, real_frames=2))   # 9 s by its Xing header
    write("notes.txt", b"not media: these are notes about the shoot\n")


if __name__ == "__main__":
    main()
