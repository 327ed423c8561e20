#!/usr/bin/env python3
"""Rebuilds resources/fonts/NotoSansSC-{Regular,Bold}-subset.otf from Debian's fonts-noto-cjk (2.004).

Keeps the code points the bundled subset already covers and maps the curly quotes to the font's
proportional glyphs (its 'pwid' forms): Noto Sans CJK SC draws them full width, which shows English
text such as "China's" with a gap after the apostrophe, and JavaFX applies no OpenType features.
Needs python3-fonttools and fonts-noto-cjk (apt). Run from the project root: python3 resources/fonts/tool/subset_fonts.py
"""
import sys
from fontTools.ttLib import TTFont
from fontTools import subset

QUOTES = (0x2018, 0x2019, 0x201C, 0x201D)
SC_FACE = 2  # Noto Sans CJK SC in the collection


def pwid(font):
    gsub = font['GSUB'].table
    mapping = {}
    for record in gsub.FeatureList.FeatureRecord:
        if record.FeatureTag != 'pwid':
            continue
        for index in record.Feature.LookupListIndex:
            lookup = gsub.LookupList.Lookup[index]
            for table in lookup.SubTable:
                table = table.ExtSubTable if lookup.LookupType == 7 else table
                mapping.update(getattr(table, 'mapping', {}))
    return mapping


def build(weight, unicodes):
    font = TTFont(f'/usr/share/fonts/opentype/noto/NotoSansCJK-{weight}.ttc', fontNumber=SC_FACE)
    proportional = pwid(font)
    for table in font['cmap'].tables:
        for cp in QUOTES:
            if cp in table.cmap:
                table.cmap[cp] = proportional.get(table.cmap[cp], table.cmap[cp])
    options = subset.Options()
    options.layout_features = ['liga', 'locl', 'kern']
    options.hinting = False  # as before: smaller, and FreeType draws the outlines unhinted at these sizes anyway
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    return font


def main(out_dir):
    for weight in ('Regular', 'Bold'):
        path = f'{out_dir}/NotoSansSC-{weight}-subset.otf'
        unicodes = set(TTFont(path).getBestCmap())
        build(weight, unicodes).save(path)
        print(path, len(unicodes), 'code points')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'resources/fonts')
